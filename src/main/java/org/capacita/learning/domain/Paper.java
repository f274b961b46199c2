package org.capacita.learning.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.capacita.shared.domain.InvalidInputException;

/**
 * A test as one learner was served it: the questions in their shuffled order, and for each the
 * options in their shuffled order ({@code order.get(shown) = written position}). Stored with the
 * attempt, so answers (positions as shown) can be scored against the written bank.
 */
public record Paper(List<Served> questions) {

  public Paper {
    questions = List.copyOf(questions);
  }

  /** One question as served. */
  public record Served(String questionId, List<Integer> order) {
    public Served {
      order = List.copyOf(order);
    }
  }

  /** A fresh shuffle of {@code bank} (question id to option count). */
  public static Paper shuffle(Map<String, Integer> bank, Random random) {
    List<String> ids = new ArrayList<>(bank.keySet());
    Collections.shuffle(ids, random);
    List<Served> served = new ArrayList<>();
    for (String id : ids) {
      List<Integer> order = new ArrayList<>(IntStream.range(0, bank.get(id)).boxed().toList());
      Collections.shuffle(order, random);
      served.add(new Served(id, order));
    }
    return new Paper(served);
  }

  /**
   * Refuses an answer at a position that was not shown for its question (a position from 0 to the
   * number of options less one): a client's mistake to report, not a wrong answer to score.
   */
  public void checkPositions(Map<String, Integer> answers) {
    for (Served question : questions) {
      Integer shown = answers.get(question.questionId());
      if (shown != null && (shown < 0 || shown >= question.order().size())) {
        throw new InvalidInputException(
            "answers",
            "learning.test.noSuchOption",
            question.questionId(),
            question.order().size() - 1,
            shown);
      }
    }
  }

  /**
   * How many answers are right. {@code answers} maps a question id to the position chosen as shown;
   * {@code correct} maps a question id to the written position of its right option. Answers to
   * questions not on the paper, or to positions not shown, count for nothing.
   */
  public int countCorrect(Map<String, Integer> answers, Map<String, Integer> correct) {
    int right = 0;
    for (Served question : questions) {
      Integer shown = answers.get(question.questionId());
      Integer written = correct.get(question.questionId());
      if (shown != null
          && written != null
          && shown >= 0
          && shown < question.order().size()
          && question.order().get(shown).equals(written)) {
        right++;
      }
    }
    return right;
  }

  /** {@code Q03:2,0,1;Q01:1,0,2}: how the paper is stored. */
  public String encode() {
    return questions.stream()
        .map(
            q ->
                q.questionId()
                    + ":"
                    + q.order().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .collect(Collectors.joining(";"));
  }

  public static Paper decode(String text) {
    List<Served> served = new ArrayList<>();
    for (String part : text.split(";")) {
      String[] idAndOrder = part.split(":");
      served.add(
          new Served(
              idAndOrder[0],
              java.util.Arrays.stream(idAndOrder[1].split(",")).map(Integer::valueOf).toList()));
    }
    return new Paper(served);
  }

  /** Answers as stored: {@code Q03:1;Q01:0}, only for questions on the paper. */
  public String encodeAnswers(Map<String, Integer> answers) {
    return questions.stream()
        .filter(q -> answers.containsKey(q.questionId()))
        .map(q -> q.questionId() + ":" + answers.get(q.questionId()))
        .collect(Collectors.joining(";"));
  }

  public static Map<String, Integer> decodeAnswers(String text) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    if (text != null && !text.isEmpty()) {
      for (String part : text.split(";")) {
        String[] pair = part.split(":");
        answers.put(pair[0], Integer.valueOf(pair[1]));
      }
    }
    return answers;
  }
}
