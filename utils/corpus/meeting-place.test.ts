import { describe, expect, it } from 'vitest';
import { meetingPlace } from './meeting-place';

describe('meetingPlace', () => {
  it('names the city and country of a meeting held in person', () => {
    expect(meetingPlace({ city: 'Jakarta' }, 'Indonesia')).toBe('Jakarta, Indonesia');
    expect(meetingPlace({ city: 'Jakarta', format: 'in-person' }, 'Indonesia')).toBe('Jakarta, Indonesia');
  });

  it('gives only the country when the city is not known', () => {
    expect(meetingPlace({}, 'Brunei')).toBe('Brunei');
  });

  it('says a video meeting was held by video conference, with its host instead of a city', () => {
    expect(meetingPlace({ format: 'video' }, 'Viet Nam')).toBe('by video conference, hosted by Viet Nam');
    expect(meetingPlace({ city: 'Ha Noi', format: 'video' }, 'Viet Nam')).toBe('Ha Noi, Viet Nam, by video conference');
  });
});
