package org.psoascare.stretch;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Type;
import org.psoascare.content.CodedType;
import org.psoascare.content.ContentEntity;

/** A routine as stored: ordered steps that name their stretches by slug. */
@Entity
@Table(name = "routine")
class Routine extends ContentEntity {

	private String title;

	private String summary;

	private String forWhom;

	private String howOften;

	private String introduction;

	private int leadInSeconds;

	private int changeSidesSeconds;

	private int repPauseSeconds;

	@ElementCollection
	@CollectionTable(name = "routine_equipment", joinColumns = @JoinColumn(name = "routine_id"))
	@Column(name = "equipment")
	@OrderColumn(name = "idx")
	@Type(CodedType.class)
	private List<Equipment> equipment = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "routine_step", joinColumns = @JoinColumn(name = "routine_id"))
	@OrderColumn(name = "idx")
	private List<RoutineStep> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "routine_caution", joinColumns = @JoinColumn(name = "routine_id"))
	@Column(name = "caution")
	@OrderColumn(name = "idx")
	private List<String> cautions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "routine_guide", joinColumns = @JoinColumn(name = "routine_id"))
	@Column(name = "guide_slug")
	@OrderColumn(name = "idx")
	private List<String> guides = new ArrayList<>();

	void copy(RoutineDocument document) {
		copyKey(document);
		this.title = document.title();
		this.summary = document.summary();
		this.forWhom = document.forWhom();
		this.howOften = document.howOften();
		this.introduction = document.introduction();
		this.leadInSeconds = document.leadInSeconds();
		this.changeSidesSeconds = document.changeSidesSeconds();
		this.repPauseSeconds = document.repPauseSeconds();
		ContentEntity.replace(this.equipment, document.equipment());
		ContentEntity.replace(this.cautions, document.cautions());
		ContentEntity.replace(this.steps, document.steps());
		ContentEntity.replace(this.guides, document.guides());
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getForWhom() {
		return this.forWhom;
	}

	public String getHowOften() {
		return this.howOften;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	/**
	 * Seconds to get into position before the first hold, and before any step whose
	 * stretch starts in another position than the step before.
	 */
	public int getLeadInSeconds() {
		return this.leadInSeconds;
	}

	/** Seconds between the right side's last hold and the left side's first. */
	public int getChangeSidesSeconds() {
		return this.changeSidesSeconds;
	}

	/**
	 * Seconds between two holds of the same side (none between moves that are not held).
	 */
	public int getRepPauseSeconds() {
		return this.repPauseSeconds;
	}

	/** What the routine needs besides the floor; its stretches need no more than this. */
	public List<Equipment> getEquipment() {
		return List.copyOf(this.equipment);
	}

	/** When to stop or skip, strongest first. */
	public List<String> getCautions() {
		return List.copyOf(this.cautions);
	}

	public List<RoutineStep> getSteps() {
		return List.copyOf(this.steps);
	}

	public List<String> getGuides() {
		return List.copyOf(this.guides);
	}

}
