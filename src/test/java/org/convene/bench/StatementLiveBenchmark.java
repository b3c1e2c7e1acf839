package org.convene.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.statement.ParagraphService;
import org.convene.statement.StatementForm;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementService;
import org.convene.statement.ui.OtherBrowser;
import org.convene.statement.ui.StatementEditorView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * 20 editors have one statement open (each a Vaadin session with the real editor view, Karibu);
 * one after the other they save the same paragraph. Measured: the time from the start of a save
 * to the new text being rendered in the other 19 sessions' editors (p50, p95, max), and the heap
 * one open editing session takes. The sessions' locks are released as in a server between
 * requests, so the change feed's {@code UI.access} runs at once, as it would before a push.
 * Run with {@code ./mvnw -Pbench test -Dtest='StatementLive*Benchmark'}.
 */
@Benchmark
class StatementLiveBenchmark extends IntegrationTest {

    static final int EDITORS = 20;
    static final int WARM_UP = 5;
    static final int ROUNDS = 60;

    @Autowired
    StatementService statements;
    @Autowired
    ParagraphService paragraphs;
    @Autowired
    NetworkService network;
    @Autowired
    StatementLive live;
    @Autowired
    ApplicationContext context;
    @Value("${convene.statement.live.local-delivery:true}")
    boolean localDelivery;
    @Value("${convene.statement.live.poll-interval:200ms}")
    String pollInterval;

    @Test
    void twenty_editors_see_each_others_saves() throws Exception {
        var editors = new ArrayList<String>();
        for (var i = 0; i < EDITORS; i++) {
            editors.add(aUser("Bench Editor " + i, Role.EXPERT));
        }
        signIn(aUser("Bench Organiser", Role.ORGANISER));
        var group = network.create(new GroupForm("Bench group " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "", null));
        signIn(editors.getFirst());
        var coAuthors = new HashSet<Long>();
        editors.subList(1, EDITORS).forEach(e -> coAuthors.add(idOf(e)));
        signOut();
        signIn(aUser("Bench Organiser 2", Role.ORGANISER));
        var statementId = statements.create(new StatementForm("Benchmark statement", null, group, "en", idOf(editors.getFirst()),
                coAuthors, Set.of()));
        var publicId = statements.summary(statementId).publicId();
        var paragraphId = paragraphs.body(statementId).paragraphs().findFirst().orElseThrow().id();

        // One session opened and closed first, so that classes and caches are not counted per session.
        var warmUp = new OtherBrowser(context, userDetailsService, editors.getFirst());
        warmUp.run(() -> UI.getCurrent().navigate(StatementEditorView.class, new RouteParameters(StatementEditorView.PUBLIC_ID, publicId)));
        warmUp.close();
        var heapBefore = usedHeap();
        var browsers = new ArrayList<OtherBrowser>();
        var uis = new ArrayList<UI>();
        var texts = new ArrayList<Div>();
        for (var e : editors) {
            var b = new OtherBrowser(context, userDetailsService, e);
            uis.add(b.call(() -> {
                UI.getCurrent().navigate(StatementEditorView.class, new RouteParameters(StatementEditorView.PUBLIC_ID, publicId));
                return UI.getCurrent();
            }));
            // The paragraph's rendered text: the card keeps this element while the editor refreshes.
            texts.add(b.call(() -> _get(Div.class, spec -> spec.withId("paragraph-" + paragraphId + "-text"))));
            browsers.add(b);
        }
        var heapAfter = usedHeap();
        var perSession = (heapAfter - heapBefore) / EDITORS;
        // Between requests a server holds no session lock: UI.access from the feed then runs at once.
        browsers.forEach(b -> b.run(() -> VaadinSession.getCurrent().unlock()));

        var marker = new String[1];
        var startedAt = new long[1];
        var seen = new ConcurrentHashMap<Integer, Long>();
        var latch = new CountDownLatch[1];
        var subscriptions = new ArrayList<AutoCloseable>();
        // Listeners run on several delivery threads, so this check may come before the editor's own
        // refresh: it then looks again every millisecond until the text is on screen.
        var checker = Executors.newSingleThreadScheduledExecutor();
        for (var j = 0; j < EDITORS; j++) {
            var index = j;
            var ui = uis.get(j);
            var text = texts.get(j);
            var check = new Runnable[1];
            check[0] = () -> ui.access(() -> {
                var m = marker[0];
                if (m == null || seen.containsKey(index)) {
                    return;
                }
                if (text.getElement().getProperty("innerHTML", "").contains(m)) {
                    seen.put(index, System.nanoTime() - startedAt[0]);
                    latch[0].countDown();
                } else if (System.nanoTime() - startedAt[0] < TimeUnit.SECONDS.toNanos(10)) {
                    checker.schedule(check[0], 1, TimeUnit.MILLISECONDS);
                }
            });
            subscriptions.add(live.subscribe(statementId, change -> check[0].run()));
        }

        var latencies = new ArrayList<Double>();
        var saves = new ArrayList<Double>();
        var missed = 0;
        var version = 1L;
        for (var round = 0; round < WARM_UP + ROUNDS; round++) {
            var saver = round % EDITORS;
            signIn(editors.get(saver));
            seen.clear();
            seen.put(saver, 0L);
            latch[0] = new CountDownLatch(EDITORS - 1);
            marker[0] = "round-" + round + "-" + UUID.randomUUID();
            startedAt[0] = System.nanoTime();
            version = paragraphs.save(paragraphId, version, "Text of " + marker[0]).version();
            var saveNanos = System.nanoTime() - startedAt[0];
            if (!latch[0].await(10, TimeUnit.SECONDS)) {
                missed += (int) latch[0].getCount();
            }
            if (round >= WARM_UP) {
                saves.add(saveNanos / 1e6);
                seen.forEach((who, nanos) -> {
                    if (who != saver) {
                        latencies.add(nanos / 1e6);
                    }
                });
            }
        }
        for (var s : subscriptions) {
            s.close();
        }
        checker.shutdownNow();
        browsers.forEach(b -> b.run(() -> VaadinSession.getCurrent().lock()));
        browsers.forEach(OtherBrowser::close);

        latencies.sort(Double::compare);
        saves.sort(Double::compare);
        var out = new StringBuilder("\nStatement live updates: " + EDITORS + " editors, " + ROUNDS + " saves, each shown in the other "
                + (EDITORS - 1) + "\n");
        out.append(String.format(Locale.ROOT, "%-34s %8s %8s %8s %8s %10s %8s %16s%n", "delivery", "shown", "p50 ms", "p95 ms",
                "max ms", "save p50", "missed", "heap/session KB"));
        out.append(String.format(Locale.ROOT, "%-34s %8d %8.1f %8.1f %8.1f %10.1f %8d %16s%n",
                localDelivery ? "local after-commit + feed (" + pollInterval + ")" : "feed only, poll " + pollInterval,
                latencies.size(), pct(latencies, 50), pct(latencies, 95), latencies.getLast(), pct(saves, 50), missed,
                perSession > 0 ? Long.toString(perSession / 1024) : "n/a (GC noise)"));
        System.out.println(out);
        var mode = localDelivery ? "local hand-over" : "feed only, poll " + pollInterval;
        BenchTable.add("statement live update p95, " + EDITORS + " editors (" + mode + ")", pct(latencies, 95), "ms",
                "p50 of the same run", pct(latencies, 50), "p95 < 250 ms");
        if (perSession > 0 && localDelivery) {
            BenchTable.add("heap per open statement editor session (" + EDITORS + " sessions)", perSession / 1024.0, "KB");
        }
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long usedHeap() {
        for (var i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
