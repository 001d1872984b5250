package org.psoascare.guide;

import java.time.LocalDate;
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

/** A guide as stored: its Markdown already rendered to safe HTML. */
@Entity
@Table(name = "guide")
class Guide extends ContentEntity {

	private String title;

	private String summary;

	@Type(CodedType.class)
	private Topic topic;

	private LocalDate reviewed;

	private LocalDate nextReview;

	private String bodyHtml;

	@ElementCollection
	@CollectionTable(name = "guide_source", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "idx")
	private List<GuideSource> sources = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "guide_section", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "idx")
	private List<GuideSection> sections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "guide_related", joinColumns = @JoinColumn(name = "guide_id"))
	@Column(name = "related_slug")
	@OrderColumn(name = "idx")
	private List<String> related = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "guide_stretch", joinColumns = @JoinColumn(name = "guide_id"))
	@Column(name = "stretch_slug")
	@OrderColumn(name = "idx")
	private List<String> stretches = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "guide_routine", joinColumns = @JoinColumn(name = "guide_id"))
	@Column(name = "routine_slug")
	@OrderColumn(name = "idx")
	private List<String> routines = new ArrayList<>();

	void copy(GuideDocument document) {
		copyKey(document);
		this.title = document.title();
		this.summary = document.summary();
		this.topic = document.topic();
		this.reviewed = document.reviewed();
		this.nextReview = document.nextReview();
		this.bodyHtml = document.body().html();
		ContentEntity.replace(this.sources, document.sources());
		ContentEntity.replace(this.sections,
				document.body()
					.contents()
					.stream()
					.map((section) -> new GuideSection(section.anchor(), section.title()))
					.toList());
		ContentEntity.replace(this.related, document.related());
		ContentEntity.replace(this.stretches, document.stretches());
		ContentEntity.replace(this.routines, document.routines());
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public LocalDate getReviewed() {
		return this.reviewed;
	}

	public LocalDate getNextReview() {
		return this.nextReview;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public List<GuideSource> getSources() {
		return this.sources;
	}

	public List<GuideSection> getSections() {
		return this.sections;
	}

	public List<String> getRelated() {
		return this.related;
	}

	public List<String> getStretches() {
		return this.stretches;
	}

	public List<String> getRoutines() {
		return this.routines;
	}

}
