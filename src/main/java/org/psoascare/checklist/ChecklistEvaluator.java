package org.psoascare.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.psoascare.web.RequestSizeLimit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The checklist for other features, such as the JSON API: its questions and rules, and
 * the evaluation of a submitted form body with exactly the reading and triage of the HTML
 * form ({@link FormBody}, {@link AnswerForm}, {@link Triage} over the current
 * {@link Checklist} snapshot). Nothing read is stored or logged, and no message built
 * here holds an answer.
 */
@Component
public class ChecklistEvaluator {

	/** The field each ticked box sends, once per box, its answer code as the value. */
	public static final String ANSWER_FIELD = AnswerForm.ANSWER;

	/** The field of the person's age in whole years, 0 to {@value #MAX_AGE}. */
	public static final String AGE_FIELD = QuestionGroupContent.AGE;

	/**
	 * The field the "Check these first" button sends, with the value
	 * {@value #FIRST_PART}.
	 */
	public static final String PART_FIELD = AnswerForm.PART;

	public static final String FIRST_PART = AnswerForm.FIRST_PART;

	/** The oldest age (years) accepted. */
	public static final int MAX_AGE = AnswerForm.MAX_AGE;

	/**
	 * The codes of what can be named as not read: {@code age}, {@code unknown-answer},
	 * {@code choice-repeated}, {@code unreadable-body}.
	 */
	public static final List<String> PROBLEM_CODES = Arrays.stream(AnswerForm.Problem.values())
		.map(AnswerForm.Problem::code)
		.toList();

	private final Checklist checklist;

	ChecklistEvaluator(Checklist checklist) {
		this.checklist = checklist;
	}

	/** The questions and rules of the checklist as loaded now, from one snapshot. */
	public Definition definition() {
		Checklist.Snapshot snapshot = this.checklist.snapshot();
		return new Definition(snapshot.questions(), snapshot.triage().rules());
	}

	/**
	 * Reads a form body ({@code application/x-www-form-urlencoded}, the fields the HTML
	 * form sends: {@code answer} for each tick box, a choice's field name, {@code age})
	 * and triages what could be read.
	 * @param body the request body, read at most {@value RequestSizeLimit#MAX_BODY_BYTES}
	 * bytes
	 * @return the result and what could not be read
	 * @throws ResponseStatusException 413 when the body is longer than
	 * {@value RequestSizeLimit#MAX_BODY_BYTES} bytes
	 * @throws IOException when the connection fails while reading
	 */
	public Evaluation evaluate(InputStream body) throws IOException {
		Reading reading = read(body);
		return new Evaluation(reading.result(),
				reading.form().problems().stream().map(AnswerForm.Problem::code).toList(), reading.needsCorrection());
	}

	/**
	 * Reads and triages one submission, from one snapshot: what the HTML form and the API
	 * share.
	 */
	Reading read(InputStream body) throws IOException {
		FormBody form;
		try {
			form = FormBody.read(body, RequestSizeLimit.MAX_BODY_BYTES);
		}
		catch (FormBody.BodyTooLargeException ex) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
		}
		Checklist.Snapshot snapshot = this.checklist.snapshot();
		AnswerForm answers = AnswerForm.read(form.fields(), snapshot.fields(), form.unreadablePairs() > 0);
		return new Reading(snapshot, answers, snapshot.triage().evaluate(answers.answers()));
	}

	/**
	 * One submission as read and triaged.
	 *
	 * @param snapshot the checklist it was read against
	 * @param form what could and could not be read
	 * @param result the triage of what could be read
	 */
	record Reading(Checklist.Snapshot snapshot, AnswerForm form, TriageResult result) {

		/**
		 * Whether the form is shown again to be corrected: something could not be read
		 * and nothing above self-care fired. Whenever anything above self-care fired, the
		 * result stands, whatever could not be read.
		 */
		boolean needsCorrection() {
			return this.form.hasProblems() && this.result.disposition() == CareLevel.SELF_CARE;
		}

	}

	/**
	 * @param questions the question groups, in the form's order
	 * @param rules the triage rules, highest level first
	 */
	public record Definition(List<QuestionGroup> questions, List<TriageRule> rules) {
	}

	/**
	 * @param result the triage of every answer that could be read
	 * @param problems the codes of what could not be read ({@code age},
	 * {@code unknown-answer}, {@code choice-repeated}, {@code unreadable-body}); empty
	 * when everything could
	 * @param needsCorrection whether the HTML form would be shown again to be corrected
	 * (see {@link Reading#needsCorrection()})
	 */
	public record Evaluation(TriageResult result, List<String> problems, boolean needsCorrection) {
	}

}
