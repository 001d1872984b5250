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

/** A stretch or exercise as stored. Codes are kept as the files write them. */
@Entity
@Table(name = "stretch")
class Stretch extends ContentEntity {

	private String name;

	@Type(CodedType.class)
	private StretchKind kind;

	@Type(CodedType.class)
	private Position position;

	private String summary;

	private String why;

	/** One hold, or one slow rep of a move that is not held. */
	private int holdSeconds;

	private boolean holds;

	private int reps;

	@Type(CodedType.class)
	private Sides sides;

	private String breathing;

	private String easier;

	private String harder;

	private String illustrationAlt;

	private String cue;

	@ElementCollection
	@CollectionTable(name = "stretch_target", joinColumns = @JoinColumn(name = "stretch_id"))
	@Column(name = "target")
	@OrderColumn(name = "idx")
	@Type(CodedType.class)
	private List<TargetArea> targets = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "stretch_equipment", joinColumns = @JoinColumn(name = "stretch_id"))
	@Column(name = "equipment")
	@OrderColumn(name = "idx")
	@Type(CodedType.class)
	private List<Equipment> equipment = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "stretch_step", joinColumns = @JoinColumn(name = "stretch_id"))
	@Column(name = "instruction")
	@OrderColumn(name = "idx")
	private List<String> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "stretch_caution", joinColumns = @JoinColumn(name = "stretch_id"))
	@Column(name = "caution")
	@OrderColumn(name = "idx")
	private List<String> cautions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "stretch_guide", joinColumns = @JoinColumn(name = "stretch_id"))
	@Column(name = "guide_slug")
	@OrderColumn(name = "idx")
	private List<String> guides = new ArrayList<>();

	void copy(StretchDocument document) {
		copyKey(document);
		this.name = document.name();
		this.kind = document.kind();
		this.position = document.position();
		this.summary = document.summary();
		this.why = document.why();
		this.holdSeconds = document.seconds();
		this.holds = document.holds();
		this.reps = document.reps();
		this.sides = document.sides();
		this.breathing = document.breathing();
		this.easier = document.easier();
		this.harder = document.harder();
		this.illustrationAlt = document.illustrationAlt();
		this.cue = document.cue();
		ContentEntity.replace(this.targets, document.targets());
		ContentEntity.replace(this.equipment, document.equipment());
		ContentEntity.replace(this.steps, document.steps());
		ContentEntity.replace(this.cautions, document.cautions());
		ContentEntity.replace(this.guides, document.guides());
	}

	public String getName() {
		return this.name;
	}

	public StretchKind getKind() {
		return this.kind;
	}

	public Position getPosition() {
		return this.position;
	}

	public List<TargetArea> getTargets() {
		return List.copyOf(this.targets);
	}

	public List<Equipment> getEquipment() {
		return List.copyOf(this.equipment);
	}

	public String getSummary() {
		return this.summary;
	}

	public String getWhy() {
		return this.why;
	}

	/**
	 * The length of one hold, or of one slow rep when the move {@link #isHolds() is not
	 * held}.
	 */
	public int getHoldSeconds() {
		return this.holdSeconds;
	}

	/** Whether the move is held at the end; false for glides, which move in and out. */
	public boolean isHolds() {
		return this.holds;
	}

	public int getReps() {
		return this.reps;
	}

	public Sides getSides() {
		return this.sides;
	}

	public String getBreathing() {
		return this.breathing;
	}

	public String getEasier() {
		return this.easier;
	}

	public String getHarder() {
		return this.harder;
	}

	public String getIllustrationAlt() {
		return this.illustrationAlt;
	}

	/** The key step in a few words, shown while the routine timer runs. */
	public String getCue() {
		return this.cue;
	}

	public List<String> getSteps() {
		return List.copyOf(this.steps);
	}

	public List<String> getCautions() {
		return List.copyOf(this.cautions);
	}

	public List<String> getGuides() {
		return List.copyOf(this.guides);
	}

}
