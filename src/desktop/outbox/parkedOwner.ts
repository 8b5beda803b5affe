/** Whose parked changes these are: the agent, as named when parked, on which hub (an address or `embedded:`). */
export interface ParkedOwner {
  agentId: string;
  name: string;
  hubRef: string;
}
