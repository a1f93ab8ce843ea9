import type { Meeting } from './schema';

/**
 * Where a meeting was held, in the reader's words: "Jakarta, Indonesia", or for one held by video
 * conference (no city by nature) "by video conference, hosted by Viet Nam". The card and the
 * citation share it so they never describe the place differently.
 */
export function meetingPlace(meeting: Pick<Meeting, 'city' | 'format'>, countryName: string): string {
  if (meeting.format === 'video')
    return meeting.city ? `${meeting.city}, ${countryName}, by video conference` : `by video conference, hosted by ${countryName}`;
  return meeting.city ? `${meeting.city}, ${countryName}` : countryName;
}
