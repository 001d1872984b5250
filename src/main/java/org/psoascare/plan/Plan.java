package org.psoascare.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Type;
import org.psoascare.content.CodedType;
import org.psoascare.content.ContentEntity;
import org.psoascare.guide.GuideSource;

/**
 * A plan as stored: its own columns, its weeks (one row each, in order) and what each
 * week names (one row per routine, stretch or step change, in order within the week).
 */
@Entity
@Table(name = "plan")
class Plan extends ContentEntity {

	private String title;

	private String summary;

	@Type(CodedType.class)
	private PlanLevel level;

	private String pattern;

	private String forWhom;

	private String introduction;

	@ElementCollection
	@CollectionTable(name = "plan_bad_day", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "advice")
	@OrderColumn(name = "idx")
	private List<String> badDay = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "plan_week", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "idx")
	private List<StoredWeek> weeks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "plan_practice", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "idx")
	private List<StoredPractice> practice = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "plan_source", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "idx")
	private List<GuideSource> sources = new ArrayList<>();

	void copy(PlanDocument document) {
		copyKey(document);
		this.title = document.title();
		this.summary = document.summary();
		this.level = document.level();
		this.pattern = document.pattern();
		this.forWhom = document.forWhom();
		this.introduction = document.introduction();
		ContentEntity.replace(this.badDay, document.badDay());
		ContentEntity.replace(this.weeks,
				document.weeks()
					.stream()
					.map((w) -> new StoredWeek(w.number(), w.title(), w.activity(), w.read().guide(),
							w.read().section(), w.readyWhen(), w.watchFor(), w.easierBecause()))
					.toList());
		List<StoredPractice> rows = new ArrayList<>();
		for (PlanDocument.Week week : document.weeks()) {
			for (PlanDocument.Practice item : week.practice()) {
				rows.add(new StoredPractice(week.number(), item.routine(), item.stretch(), item.howOften(),
						item.holdSeconds(), item.reps()));
				for (PlanDocument.StepChange change : item.changes()) {
					rows.add(new StoredPractice(week.number(), item.routine(), change.stretch(), null,
							change.holdSeconds(), change.reps()));
				}
			}
		}
		ContentEntity.replace(this.practice, rows);
		ContentEntity.replace(this.sources, document.sources());
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public PlanLevel getLevel() {
		return this.level;
	}

	/** The checklist pattern rule it fits, or {@code null}. */
	public String getPattern() {
		return this.pattern;
	}

	public String getForWhom() {
		return this.forWhom;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public List<String> getBadDay() {
		return List.copyOf(this.badDay);
	}

	public List<StoredWeek> getWeeks() {
		return List.copyOf(this.weeks);
	}

	/**
	 * What each week names: a routine (routine set, stretch not), a single stretch
	 * (stretch set, routine not), or a change to a routine's step (both set, no
	 * {@code howOften}).
	 */
	public List<StoredPractice> getPractice() {
		return List.copyOf(this.practice);
	}

	public List<GuideSource> getSources() {
		return List.copyOf(this.sources);
	}

	/** A week as stored. */
	@Embeddable
	public record StoredWeek(@Column(name = "week") int week, @Column(name = "title") String title,
			@Column(name = "activity") String activity, @Column(name = "read_guide") String readGuide,
			@Column(name = "read_section") String readSection, @Column(name = "ready_when") String readyWhen,
			@Column(name = "watch_for") String watchFor, @Column(name = "easier_because") String easierBecause) {
	}

	/** A row of what a week names, as stored. */
	@Embeddable
	public record StoredPractice(@Column(name = "week") int week, @Column(name = "routine_slug") String routineSlug,
			@Column(name = "stretch_slug") String stretchSlug, @Column(name = "how_often") String howOften,
			@Column(name = "hold_seconds") Integer holdSeconds, @Column(name = "reps") Integer reps) {
	}

}
