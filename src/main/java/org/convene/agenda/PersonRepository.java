package org.convene.agenda;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findBySeminarIdOrderByNameAsc(long seminarId);
}
