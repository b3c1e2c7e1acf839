package org.convene.statement;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review checklists: organisers define them (title, description, ordered items with guidance). Items
 * already answered on a statement cannot be removed (the answers would lose their question); their
 * wording can still be improved.
 */
@Service
public class ChecklistService {

    private final ReviewChecklistRepository checklists;
    private final ChecklistAnswerLookup answers;
    private final Clock clock;

    ChecklistService(ReviewChecklistRepository checklists, ChecklistAnswerLookup answers, Clock clock) {
        this.checklists = checklists;
        this.answers = answers;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public long create(ChecklistForm form) {
        var title = title(form, null);
        var checklist = new ReviewChecklist(title, description(form), clock.instant());
        var items = items(form);
        for (int i = 0; i < items.size(); i++) {
            checklist.mutableItems().add(new ChecklistItem(checklist, i + 1, items.get(i).question(), items.get(i).guidance()));
        }
        return checklists.save(checklist).getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void update(long checklistId, ChecklistForm form) {
        var checklist = checklists.findById(checklistId).orElseThrow(NotFoundException::new);
        var title = title(form, checklistId);
        var description = description(form);
        var items = items(form);
        var existing = new HashMap<Long, ChecklistItem>();
        checklist.getItems().forEach(i -> existing.put(i.getId(), i));
        var kept = new HashSet<Long>();
        items.stream().map(ChecklistForm.Item::id).filter(id -> id != null).forEach(id -> {
            if (!existing.containsKey(id)) {
                throw ConveneException.onField("items", "statement.review.checklist.item-unknown");
            }
            kept.add(id);
        });
        var removed = existing.keySet().stream().filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty() && answers.anyAnswered(removed)) {
            throw ConveneException.onField("items", "statement.review.checklist.item-answered");
        }
        checklist.rename(title, description);
        checklist.mutableItems().removeIf(i -> removed.contains(i.getId()));
        // Move kept items out of the way first: (checklist, position) is unique in the database.
        int shift = 1000;
        for (var item : checklist.mutableItems()) {
            item.change(item.getPosition() + shift, item.getQuestion(), item.getGuidance());
        }
        checklists.saveAndFlush(checklist);
        for (int i = 0; i < items.size(); i++) {
            var f = items.get(i);
            if (f.id() != null) {
                existing.get(f.id()).change(i + 1, f.question(), f.guidance());
            } else {
                checklist.mutableItems().add(new ChecklistItem(checklist, i + 1, f.question(), f.guidance()));
            }
        }
        checklist.mutableItems().sort(java.util.Comparator.comparingInt(ChecklistItem::getPosition));
        checklists.flush();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Page<ChecklistDefinition> page(String text, Pageable pageable) {
        var t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return checklists.search(t.length() > 100 ? t.substring(0, 100) : t, pageable).map(ChecklistDefinition::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public ChecklistDefinition get(long checklistId) {
        return checklists.findById(checklistId).map(ChecklistDefinition::of).orElseThrow(NotFoundException::new);
    }

    /** The checklists one may attach, by title (at most 200: a short, organiser-made list). */
    @Transactional(readOnly = true)
    public List<ChecklistDefinition> choices() {
        return checklists.findAll(PageRequest.of(0, 200, Sort.by("title"))).map(ChecklistDefinition::of).getContent();
    }

    private String title(ChecklistForm form, Long id) {
        var title = Validation.requireLine(form.title(), "title", ReviewChecklist.TITLE_MAX);
        var taken = id == null ? checklists.existsByTitleIgnoreCase(title) : checklists.existsByTitleIgnoreCaseAndIdNot(title, id);
        if (taken) {
            throw ConveneException.onField("title", "statement.review.checklist.title-taken");
        }
        return title;
    }

    private static String description(ChecklistForm form) {
        return Validation.optionalText(form.description(), "description", ReviewChecklist.DESCRIPTION_MAX);
    }

    private static List<ChecklistForm.Item> items(ChecklistForm form) {
        var items = form.items() == null ? List.<ChecklistForm.Item>of() : form.items();
        if (items.isEmpty()) {
            throw ConveneException.onField("items", "statement.review.checklist.no-items");
        }
        if (items.size() > ReviewChecklist.MAX_ITEMS) {
            throw ConveneException.onField("items", "statement.review.checklist.too-many", ReviewChecklist.MAX_ITEMS);
        }
        return items.stream().map(i -> new ChecklistForm.Item(i.id(),
                Validation.requireLine(i.question(), "items", ChecklistItem.QUESTION_MAX),
                Validation.optionalText(i.guidance(), "items", ChecklistItem.GUIDANCE_MAX))).toList();
    }
}
