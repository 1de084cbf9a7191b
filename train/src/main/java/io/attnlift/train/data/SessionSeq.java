package io.attnlift.train.data;

/**
 * One session as read from the sequences contract, in memory.
 *
 * @param sessionId the session
 * @param userId its user
 * @param split train, val or test
 * @param label 1 when it converted
 * @param indices per {@link Feature}, the vocabulary index of each event [6][length]
 * @param continuous event_rank, time_delta, is_nv of each event [3][length]
 * @param raw per {@link RawColumn}, each event's raw value [7][length]
 */
public record SessionSeq(String sessionId, String userId, String split, int label,
    int[][] indices, float[][] continuous, String[][] raw) {

  /** The number of events. */
  public int length() {
    return indices[0].length;
  }
}
