package io.attnlift.extract.world;

import java.util.List;

/**
 * A generated session with its truth.
 *
 * @param userId USER_ID
 * @param sessionId SESSION_ID
 * @param events its events in time order, funnel included
 * @param shares each event's share of the driver log-odds (0 for funnel events), in event order
 * @param trueProbability the probability it converted with, user effect included
 * @param eventsOnlyProbability the best probability from its events alone (user effect averaged)
 * @param converted whether it converted
 */
public record SimSession(
    String userId,
    String sessionId,
    List<SimEvent> events,
    double[] shares,
    double trueProbability,
    double eventsOnlyProbability,
    boolean converted) {}
