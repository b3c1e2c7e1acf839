package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Real threads on the real MariaDB: no accepted save is lost, every refused save is told, and
 * structure changes at the same time keep positions 1..n.
 */
class ConcurrentDraftingTest extends StatementTestBase {

    static final int SAVES_PER_THREAD = 200;

    @Autowired
    RevisionRepository revisions;
    @Autowired
    ParagraphRepository paragraphs;
    @Autowired
    SectionRepository sections;

    @Test
    void two_threads_saving_the_same_paragraph_200_times_each_lose_nothing() throws Exception {
        hammer(2);
    }

    @Test
    void eight_threads_saving_the_same_paragraph_200_times_each_lose_nothing() throws Exception {
        hammer(8);
    }

    private void hammer(int threads) throws Exception {
        var statementId = aStatement();
        var paragraphId = firstParagraph(statementId);
        var writers = List.of(lead, coAuthor, organiser);
        var accepted = new ConcurrentHashMap<Long, String>();
        var refused = new AtomicInteger();
        var unexpected = Collections.synchronizedList(new ArrayList<Throwable>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        for (var t = 0; t < threads; t++) {
            var thread = t;
            pool.submit(() -> {
                signIn(writers.get(thread % writers.size()));
                try {
                    start.await();
                    for (var i = 0; i < SAVES_PER_THREAD; i++) {
                        var base = paragraphService.paragraph(paragraphId).version();
                        var text = "Thread " + thread + " save " + i;
                        try {
                            var saved = paragraphService.save(paragraphId, base, text);
                            var previous = accepted.put(saved.version(), text);
                            if (previous != null) {
                                unexpected.add(new AssertionError("version " + saved.version() + " accepted twice"));
                            }
                        } catch (ParagraphConflictException e) {
                            assertThat(e.getCurrentVersion()).isGreaterThan(base);
                            refused.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    unexpected.add(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        assertThat(unexpected).isEmpty();
        assertThat(accepted.size() + refused.get()).isEqualTo(threads * SAVES_PER_THREAD);
        var history = revisions.findByParagraphIdOrderByVersionAsc(paragraphId);
        assertThat(history).hasSize(1 + accepted.size());
        // Each accepted save is in the history with its text, and each revision starts from the one before.
        var previousText = "";
        for (var r : history.subList(1, history.size())) {
            assertThat(r.getTextAfter()).isEqualTo(accepted.get(r.getVersion()));
            assertThat(r.getTextBefore()).isEqualTo(previousText);
            previousText = r.getTextAfter();
        }
        assertThat(history).extracting(ParagraphRevision::getVersion)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, accepted.size() + 1).boxed().toList());
        signIn(lead);
        var now = paragraphService.paragraph(paragraphId);
        assertThat(now.version()).isEqualTo(accepted.size() + 1L);
        assertThat(now.text()).isEqualTo(previousText);
        if (threads > 1) {
            assertThat(refused.get()).as("some saves met a newer version").isPositive();
        }
        System.out.printf("%d threads: %d accepted, %d refused with the conflict%n", threads, accepted.size(), refused.get());
    }

    @Test
    void concurrent_adds_moves_and_deletes_keep_positions_one_to_n() throws Exception {
        var statementId = aStatement();
        var second = structure.addSection(statementId, 2, "Recommendations");
        var first = paragraphService.body(statementId).sections().getFirst().id();
        for (var i = 0; i < 6; i++) {
            structure.addParagraph(first, 99, "Finding " + i);
            structure.addParagraph(second, 99, "Recommendation " + i);
        }
        var threads = 6;
        var unexpected = Collections.synchronizedList(new ArrayList<Throwable>());
        var added = new AtomicInteger();
        var deleted = new AtomicInteger();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        for (var t = 0; t < threads; t++) {
            var seed = t;
            pool.submit(() -> {
                signIn(seed % 2 == 0 ? lead : coAuthor);
                var random = new Random(seed);
                try {
                    start.await();
                    for (var i = 0; i < 40; i++) {
                        var body = paragraphService.body(statementId);
                        var all = body.paragraphs().toList();
                        var section = random.nextBoolean() ? first : second;
                        try {
                            switch (random.nextInt(4)) {
                                case 0 -> {
                                    structure.addParagraph(section, 1 + random.nextInt(8), "Added " + seed + "-" + i);
                                    added.incrementAndGet();
                                }
                                case 1 -> {
                                    if (all.size() > 4) {
                                        structure.deleteParagraph(all.get(random.nextInt(all.size())).id());
                                        deleted.incrementAndGet();
                                    }
                                }
                                default -> structure.moveParagraph(all.get(random.nextInt(all.size())).id(), section,
                                        1 + random.nextInt(10));
                            }
                        } catch (ConveneException e) {
                            // Someone deleted that paragraph first: told, nothing changed.
                            assertThat(e.getMessageKey()).isEqualTo("statement.error.paragraph-deleted");
                        }
                    }
                } catch (Throwable e) {
                    unexpected.add(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(unexpected).isEmpty();

        signIn(lead);
        var body = paragraphService.body(statementId);
        for (var s : body.sections()) {
            assertThat(s.paragraphs()).extracting(ParagraphView::position)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, s.paragraphs().size()).boxed().toList());
        }
        var live = paragraphs.findByStatementId(statementId).stream().filter(p -> !p.isDeleted()).count();
        var gone = paragraphs.findByStatementId(statementId).stream().filter(StatementParagraph::isDeleted).count();
        // 1 first paragraph + 1 in the new section + 12 made before + those added; minus those deleted: nothing vanished.
        assertThat(live + gone).isEqualTo(2 + 12 + added.get());
        assertThat(gone).isEqualTo(deleted.get());
        assertThat(body.paragraphs().count()).isEqualTo(live);
        Map<Long, Integer> perSection = new HashMap<>();
        body.paragraphs().forEach(p -> perSection.merge(p.sectionId(), 1, Integer::sum));
        assertThat(perSection.keySet()).isSubsetOf(first, second);
    }

    @Test
    void concurrent_section_adds_moves_and_deletes_keep_section_positions_one_to_n() throws Exception {
        var statementId = aStatement();
        for (var i = 0; i < 5; i++) {
            structure.addSection(statementId, 99, "Part " + i);
        }
        var threads = 4;
        var unexpected = Collections.synchronizedList(new ArrayList<Throwable>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        for (var t = 0; t < threads; t++) {
            var seed = t;
            pool.submit(() -> {
                signIn(seed % 2 == 0 ? lead : organiser);
                var random = new Random(100 + seed);
                try {
                    start.await();
                    for (var i = 0; i < 30; i++) {
                        var sections = paragraphService.body(statementId).sections();
                        var any = sections.get(random.nextInt(sections.size())).id();
                        try {
                            switch (random.nextInt(3)) {
                                case 0 -> structure.addSection(statementId, 1 + random.nextInt(8), "Added " + seed + "-" + i);
                                case 1 -> {
                                    if (sections.size() > 3) {
                                        structure.deleteSection(any);
                                    }
                                }
                                default -> structure.moveSection(any, 1 + random.nextInt(8));
                            }
                        } catch (ConveneException e) {
                            assertThat(e.getMessageKey()).isIn("statement.error.section-deleted", "statement.error.last-section");
                        }
                    }
                } catch (Throwable e) {
                    unexpected.add(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(unexpected).isEmpty();
        signIn(lead);
        var sections = paragraphService.body(statementId).sections();
        assertThat(sections).extracting(SectionView::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, sections.size()).boxed().toList());
        assertThat(sections.size()).isEqualTo(this.sections.findByStatementIdAndDeletedFalseOrderByPositionAsc(statementId).size());
        // Every live section's paragraphs are live; every deleted section's paragraphs are deleted.
        var live = sections.stream().map(SectionView::id).collect(java.util.stream.Collectors.toSet());
        for (var p : paragraphs.findByStatementId(statementId)) {
            assertThat(p.isDeleted()).isEqualTo(!live.contains(p.getSectionId()));
        }
    }
}
