package org.convene.agenda;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findBySeminarIdOrderByNameAsc(long seminarId);

    @org.springframework.data.jpa.repository.Query("""
            select distinct p.userId from Person p where p.seminarId = :seminarId and p.userId is not null
            and exists (select 1 from AgendaItem i join i.people ip where i.seminarId = :seminarId
                        and ip.personId = p.id and ip.role = org.convene.agenda.PersonRole.SPEAKER)""")
    List<Long> speakerUserIds(long seminarId);
}
