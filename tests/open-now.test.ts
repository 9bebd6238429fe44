import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define/help-orgs.js';
import '../src/define/report-cta.js';
import '../src/define/signal-checklist.js';
import type { HelpOrgs } from '../src/help-orgs/help-orgs.js';
import { checkOrgs, isOpeningHours } from '../src/help-orgs/org-data.js';
import type { ReportCta } from '../src/report-cta/report-cta.js';
import { channelOf, COMENSHA } from '../src/shared/contacts.js';
import * as contacts from '../src/shared/contacts.js';
import * as helpOrgsContacts from '../src/help-orgs/contacts.js';
import { deviceOffset, dutchOffset, isDutchHoliday, openState, openStateText, type Hours } from '../src/shared/hours.js';
import { rendered, shownText, waitFor } from './helpers.js';

/*
 * "Nu open" or "Nu gesloten · opent …", computed in Dutch time with a controlled clock. The
 * browser's own zone cannot be changed from a test, so openStateText takes the device's clock as
 * an input and the "Dutch time" note is shown through that seam, with real zones' offsets.
 */

/** The clock of a device in `zone`: how far (ms) it is ahead of UTC at an instant, from the engine's zone data. */
const clockIn = (zone: string) => (instant: number) => {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
  // "GMT+05:30", or "GMT" for UTC itself.
  const [, sign, hours, minutes] = /([+-])(\d\d):(\d\d)/.exec(name) ?? [];
  return sign ? Number(`${sign}1`) * (Number(hours) * 3_600_000 + Number(minutes) * 60_000) : 0;
};
const AMSTERDAM = clockIn('Europe/Amsterdam');

const WEEKDAYS_9_TO_17: Hours = { openingHours: channelOf(COMENSHA, 'phone')!.openingHours! };
// 2026-11-30 is a Monday; the Netherlands is on CET (UTC+1) then.
const MONDAY_10 = new Date('2026-11-30T10:00:00+01:00');
const MONDAY_17 = new Date('2026-11-30T17:00:00+01:00');
const FRIDAY_16_59 = new Date('2026-12-04T16:59:00+01:00');
const SATURDAY_22 = new Date('2026-12-05T22:00:00+01:00');
// Summer time ends on Sunday 2026-10-25: at 3.00 CEST the clocks go back to 2.00 CET.
const DST_NIGHT_BEFORE = new Date('2026-10-25T02:30:00+02:00');
const DST_NIGHT_AFTER = new Date('2026-10-25T02:30:00+01:00');

const time = (date: Date | undefined) => date?.toISOString();
/** Under a line that is not surely open: the lines answered day and night. */
const NL_REACHABLE = 'Nu wel bereikbaar, dag en nacht: 112 · Veilig Thuis 0800-2000 (bij huiselijk geweld)';

describe('opening hours, Dutch time', () => {
  it('Monday 10.00: open until 17.00', () => {
    const state = openState(WEEKDAYS_9_TO_17, MONDAY_10);
    expect(state.open).to.equal(true);
    expect(time(state.boundary)).to.equal('2026-11-30T16:00:00.000Z');
  });

  it('Monday 17.00 exactly: closed, opens Tuesday 9.00; the text may change at midnight', () => {
    const state = openState(WEEKDAYS_9_TO_17, MONDAY_17);
    expect(state.open).to.equal(false);
    expect(time(state.opens)).to.equal('2026-12-01T08:00:00.000Z');
    expect(time(state.boundary)).to.equal('2026-11-30T23:00:00.000Z');
  });

  it('Friday 16.59: still open, closing at 17.00', () => {
    const state = openState(WEEKDAYS_9_TO_17, FRIDAY_16_59);
    expect(state.open).to.equal(true);
    expect(time(state.boundary)).to.equal('2026-12-04T16:00:00.000Z');
  });

  it('Saturday 22.00: closed, opens Monday 9.00', () => {
    const state = openState(WEEKDAYS_9_TO_17, SATURDAY_22);
    expect(state.open).to.equal(false);
    expect(time(state.opens)).to.equal('2026-12-07T08:00:00.000Z');
  });

  it('the night summer time ends: both 2.30s closed, opening Monday 9.00 winter time (8.00 UTC, not 7.00)', () => {
    for (const now of [DST_NIGHT_BEFORE, DST_NIGHT_AFTER]) {
      const state = openState(WEEKDAYS_9_TO_17, now);
      expect(state.open).to.equal(false);
      expect(time(state.opens)).to.equal('2026-10-26T08:00:00.000Z');
      // Midnight Dutch time, 25 hours after the last one.
      expect(time(state.boundary)).to.equal('2026-10-25T23:00:00.000Z');
    }
    // The Friday before, 17.00 is still summer time (15.00 UTC).
    const friday = openState(WEEKDAYS_9_TO_17, new Date('2026-10-23T16:00:00+02:00'));
    expect(friday.open).to.equal(true);
    expect(time(friday.boundary)).to.equal('2026-10-23T15:00:00.000Z');
  });

  it('says "Nu open", or when it opens: the weekday, or only the time when that is today', () => {
    const text = (now: Date) => openStateText(openState(WEEKDAYS_9_TO_17, now), now, AMSTERDAM);
    expect(text(MONDAY_10)).to.equal('Nu open');
    expect(text(MONDAY_17)).to.equal('Nu gesloten · opent dinsdag om 09:00');
    expect(text(SATURDAY_22)).to.equal('Nu gesloten · opent maandag om 09:00');
    expect(text(new Date('2026-11-30T07:45:00+01:00'))).to.equal('Nu gesloten · opent om 09:00');
    // Minutes, and a time after noon, on the 24-hour clock.
    const evening = { openingHours: [{ days: ['mo', 'tu'], opens: '18:30', closes: '22:00' }] } as const;
    expect(openStateText(openState(evening, MONDAY_10), MONDAY_10, AMSTERDAM)).to.equal('Nu gesloten · opent om 18:30');
  });

  it('a device in another time zone reads that the time is Dutch time; one whose clock agrees does not', () => {
    const text = (zone: string) => openStateText(openState(WEEKDAYS_9_TO_17, SATURDAY_22), SATURDAY_22, clockIn(zone));
    expect(text('America/Paramaribo')).to.equal('Nu gesloten · opent maandag om 09:00 (Nederlandse tijd)');
    expect(text('Europe/London')).to.equal('Nu gesloten · opent maandag om 09:00 (Nederlandse tijd)');
    expect(text('UTC')).to.equal('Nu gesloten · opent maandag om 09:00 (Nederlandse tijd)');
    expect(text('Europe/Brussels')).to.equal('Nu gesloten · opent maandag om 09:00');
    // By default, the device's own clock: it agrees with the engine's data for its own zone.
    const own = clockIn(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    for (const instant of [SATURDAY_22, DST_NIGHT_BEFORE, DST_NIGHT_AFTER].map((date) => date.getTime())) {
      expect(deviceOffset(instant)).to.equal(own(instant));
    }
  });

  it("works out Dutch time as each engine's time-zone data has it, each day from 2020 to 2040", () => {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });
    const differ: string[] = [];
    for (let t = Date.UTC(2020, 0, 1, 1); t < Date.UTC(2040, 0, 1); t += 24 * 3_600_000) {
      // Summer time starts and ends at 01:00 UTC: each day just before and at that moment.
      for (const instant of [t - 1, t]) {
        const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
        if (name !== `GMT+0${dutchOffset(instant) / 3_600_000}:00`) differ.push(`${new Date(instant).toISOString()}: ${name}`);
      }
    }
    expect(differ).to.deep.equal([]);
  });

  it('every structured hours record is well-formed and its channel also says its hours in words', () => {
    const withHours = [...Object.values(contacts), ...Object.values(helpOrgsContacts)]
      .filter((value): value is contacts.Contact => typeof value === 'object')
      .flatMap((contact) => contact.channels.filter((channel) => channel.openingHours));
    expect(withHours.map((channel) => channel.value)).to.deep.equal([
      '033 448 11 86',
      'https://veiligthuis.nl/',
      'https://veiligthuisflevoland.nl/',
    ]);
    for (const channel of withHours) {
      expect(isOpeningHours(channel.openingHours), channel.value).to.equal(true);
      expect(channel.hours, channel.value).to.be.a('function');
    }
    expect(isOpeningHours([{ days: ['mo'], opens: '17:00', closes: '09:00' }])).to.equal(false);
    expect(isOpeningHours([{ days: ['monday'], opens: '09:00', closes: '17:00' }])).to.equal(false);
    expect(isOpeningHours([{ days: ['mo'], opens: '9:00', closes: '17:00' }])).to.equal(false);
  });
});

describe('<report-cta> with a controlled clock', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  const advice = (el: ReportCta) => el.shadowRoot!.querySelector('[data-channel="advice"]')!;
  const openNow = (el: ReportCta) => shownText(advice(el).querySelector('[part="open-now"]')!);
  const reachable = (el: ReportCta) => advice(el).querySelector('[part="reachable"]');
  // The test browser's own zone decides whether the time carries the note.
  const note = (opens: string, text: string) => {
    const instant = new Date(opens).getTime();
    return deviceOffset(instant) !== dutchOffset(instant) ? text : '';
  };

  async function ctaAt(now: Date, lang: string): Promise<ReportCta> {
    clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
    const el = await rendered(await fixture<ReportCta>(html`<report-cta lang=${lang}></report-cta>`));
    await waitFor(() => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang') === lang);
    return el;
  }

  const cases = {
    nl: {
      open: 'Nu open',
      closedTuesday: `Nu gesloten · opent dinsdag om 09:00${note('2026-12-01T08:00Z', ' (Nederlandse tijd)')}`,
      reachable: NL_REACHABLE,
    },
    en: {
      open: 'Open now',
      closedTuesday: `Closed now · opens Tuesday at 09:00${note('2026-12-01T08:00Z', ' (Dutch time)')}`,
      reachable: 'Reachable now, day and night: 112 · Veilig Thuis 0800-2000 (for domestic violence)',
    },
    ar: {
      open: 'مفتوح الآن',
      closedTuesday: `مغلق الآن · يفتح يوم الثلاثاء الساعة 09:00${note('2026-12-01T08:00Z', ' (بتوقيت هولندا)')}`,
      reachable: 'يمكن الاتصال الآن ليلًا ونهارًا: 112 · Veilig Thuis 0800-2000 (في حالات العنف المنزلي)',
    },
  };

  for (const [lang, expected] of Object.entries(cases)) {
    it(`${lang}: CoMensha open on Monday 10.00 and Friday 16.59, with no "reachable now" guidance`, async () => {
      for (const now of [MONDAY_10, FRIDAY_16_59]) {
        const el = await ctaAt(now, lang);
        expect(openNow(el)).to.equal(expected.open);
        expect(reachable(el)).to.equal(null);
        clock!.restore();
        el.remove();
      }
    });

    it(`${lang}: closed at 17.00 exactly, opening Tuesday; 112 named as reachable now`, async () => {
      const el = await ctaAt(MONDAY_17, lang);
      expect(openNow(el)).to.equal(expected.closedTuesday);
      expect(shownText(reachable(el)!)).to.equal(expected.reachable);
    });
  }

  it('keeps the partner\'s order: the guidance is added under the closed line, nothing moves', async () => {
    clock = sinon.useFakeTimers({ now: SATURDAY_22, toFake: ['Date'] });
    const el = await rendered(await fixture<ReportCta>(html`<report-cta channels="advice police emergency"></report-cta>`));
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-channel]')].map((li) => li.dataset.channel);
    expect(ids).to.deep.equal(['advice', 'police', 'emergency']);
    expect(openNow(el)).to.match(/^Nu gesloten · opent maandag om 09:00/);
    expect(shownText(reachable(el)!)).to.equal(NL_REACHABLE);
    // Lines without structured hours say nothing about being open.
    expect(el.shadowRoot!.querySelectorAll('[part="open-now"]')).to.have.length(1);
  });

  it("the checklist's next steps say it too: they are a <report-cta>", async () => {
    clock = sinon.useFakeTimers({ now: SATURDAY_22, toFake: ['Date'] });
    const checklist = await rendered(await fixture(html`<signal-checklist></signal-checklist>`));
    const steps = await rendered(checklist.shadowRoot!.querySelector<ReportCta>('report-cta')!);
    expect(openNow(steps)).to.match(/^Nu gesloten · opent maandag om 09:00/);
    expect(shownText(reachable(steps)!)).to.equal(NL_REACHABLE);
  });

  it('a page left open across 17.00 changes state on one page-wide timer, gone once the widgets are', async () => {
    // The widgets' language is Dutch, built in: nothing to load while the clock is fake.
    clock = sinon.useFakeTimers({
      now: new Date('2026-11-30T16:59:30+01:00'),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
      shouldClearNativeTimers: true,
    });
    const page = await fixture<HTMLDivElement>(html`<div>
      <report-cta></report-cta>
      <report-cta layout="compact" channels="advice emergency"></report-cta>
    </div>`);
    const widgets = [...page.querySelectorAll<ReportCta>('report-cta')];
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) expect(openNow(el)).to.equal('Nu open');
    expect(clock.countTimers(), 'one timer for the page').to.equal(1);

    await clock.tickAsync(29_999);
    for (const el of widgets) expect(openNow(el)).to.equal('Nu open');
    await clock.tickAsync(1);
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) {
      expect(openNow(el)).to.match(/^Nu gesloten · opent dinsdag om 09:00/);
      expect(reachable(el)).not.to.equal(null);
    }
    expect(clock.countTimers(), 'one timer, now to midnight').to.equal(1);

    widgets[0].remove();
    expect(clock.countTimers(), 'the other widget still needs it').to.equal(1);
    page.remove();
    expect(clock.countTimers(), 'no timers left').to.equal(0);
  });
});

describe('<help-orgs> and partner data with opening hours', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  const partner = {
    id: 'meldpunt-voorbeeld',
    name: 'Meldpunt Voorbeeld',
    description: 'Voor vragen en meldingen in de regio.',
    forms: ['sexual'],
    audiences: ['victim'],
    channels: [
      {
        type: 'phone',
        value: '030 000 0000',
        hours: 'za 10.00–23.00',
        openingHours: [{ days: ['sa'], opens: '10:00', closes: '23:00' }],
      },
      { type: 'chat', value: 'https://voorbeeld.example/chat', hours: 'ma–vr 9.00–17.00' },
    ],
  };
  const statuses = (el: HelpOrgs, org: string) =>
    [...el.shadowRoot!.querySelectorAll(`[data-org="${org}"] [part="open-now"]`)].map((status) => shownText(status));

  it("shows built-in channels' state: CoMensha and Veilig Thuis' chat closed on Saturday, the day-and-night line nothing", async () => {
    clock = sinon.useFakeTimers({ now: SATURDAY_22, toFake: ['Date'] });
    const el = await rendered(await fixture<HelpOrgs>(html`<help-orgs></help-orgs>`));
    expect(statuses(el, 'comensha')).to.have.length(1);
    expect(statuses(el, 'comensha')[0]).to.match(/^Nu gesloten · opent maandag om 09:00/);
    // Veilig Thuis: the phone (day and night) has no hours; the chat has.
    expect(statuses(el, 'veilig-thuis')).to.have.length(1);
    expect(statuses(el, 'politie')).to.deep.equal([]);
  });

  it('a partner channel with hours as data shows its state; one with only a text of hours keeps the text', async () => {
    clock = sinon.useFakeTimers({ now: SATURDAY_22, toFake: ['Date'] });
    const el = document.createElement('help-orgs');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ orgs: [partner] });
    el.append(script);
    await rendered(await fixture<HelpOrgs>(html`${el}`));
    await waitFor(() => el.shadowRoot!.querySelector('[data-org="meldpunt-voorbeeld"]'), 'partner data not shown');
    expect(statuses(el, 'meldpunt-voorbeeld')).to.deep.equal(['Nu open']);
    const card = shownText(el.shadowRoot!.querySelector('[data-org="meldpunt-voorbeeld"]')!);
    expect(card).to.contain('za 10.00–23.00').and.contain('ma–vr 9.00–17.00');
  });

  it('partner data states its own holiday hours: on Christmas 2027 (a Saturday) one line keeps its hours, one without may be closed', async () => {
    clock = sinon.useFakeTimers({ now: new Date('2027-12-25T12:00:00+01:00'), toFake: ['Date'] });
    const saturday = partner.channels[0];
    const el = document.createElement('help-orgs');
    const script = document.createElement('script');
    script.type = 'application/json';
    const holiday = { ...partner, channels: [{ ...saturday, holidayHours: 'usual' }, { ...saturday, value: '030 000 0001' }] };
    script.textContent = JSON.stringify({ orgs: [holiday] });
    el.append(script);
    await rendered(await fixture<HelpOrgs>(html`${el}`));
    await waitFor(() => el.shadowRoot!.querySelector('[data-org="meldpunt-voorbeeld"]'), 'partner data not shown');
    expect(statuses(el, 'meldpunt-voorbeeld')).to.deep.equal(['Nu open', 'Feestdag: misschien gesloten']);
  });

  it('partner hours are validated: a record with malformed hours is left out, naming the field', () => {
    const bad = (openingHours: unknown) =>
      checkOrgs([{ ...partner, channels: [{ type: 'phone', value: '030 000 0000', openingHours }] }]);
    expect(checkOrgs([partner]).orgs[0].channels[0].openingHours).to.deep.equal(partner.channels[0].openingHours);
    for (const openingHours of [
      [{ days: ['saturday'], opens: '10:00', closes: '23:00' }],
      [{ days: ['sa'], opens: '23:00', closes: '10:00' }],
      [{ days: ['sa'], opens: '10.00', closes: '23.00' }],
      [],
      'za 10-23',
    ]) {
      const { orgs, problems } = bad(openingHours);
      expect(orgs, JSON.stringify(openingHours)).to.deep.equal([]);
      expect(problems.map((problem) => problem.field)).to.deep.equal(['channels[0].openingHours']);
    }
  });

  it("help-orgs.schema.json describes partner hours as the validator reads them", async () => {
    const schema = await (await fetch('/help-orgs.schema.json')).json();
    const hours = schema.$defs.org.properties.channels.items.properties.openingHours;
    expect(hours.items.properties.days.items.enum).to.deep.equal(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
    const time = new RegExp(hours.items.properties.opens.pattern);
    expect(['09:00', '17:00', '24:00'].every((t) => time.test(t))).to.equal(true);
    expect(['9:00', '10.00', '24:30'].some((t) => time.test(t))).to.equal(false);
  });
});

describe('Dutch public holidays', () => {
  /** Each holiday on its date, Dutch calendar: fixed ones and those that follow Easter. */
  const known: [string, string][] = [
    ['2026-01-01', 'new-year'],
    ['2026-04-03', 'good-friday'],
    ['2026-04-05', 'easter'],
    ['2026-04-06', 'easter-monday'],
    ['2026-04-27', 'kings-day'],
    ['2026-05-05', 'liberation-day'],
    ['2026-05-14', 'ascension'],
    ['2026-05-24', 'whitsun'],
    ['2026-05-25', 'whit-monday'],
    ['2026-12-25', 'christmas'],
    ['2026-12-26', 'boxing-day'],
    ['2027-03-29', 'easter-monday'],
    ['2027-04-27', 'kings-day'],
    ['2027-05-06', 'ascension'],
    ['2027-05-17', 'whit-monday'],
    // 27 April 2025 was a Sunday: King's Day was on Saturday the 26th.
    ['2025-04-26', 'kings-day'],
    // Easter at its latest (25 April 2038) and its earliest (22 March 2285), far past any list.
    ['2038-04-26', 'easter-monday'],
    ['2038-06-03', 'ascension'],
    ['2285-03-23', 'easter-monday'],
    ['2100-12-25', 'christmas'],
  ];
  const on = (date: string) => isDutchHoliday(new Date(`${date}T00:00:00Z`));

  it('knows every holiday on its date, computed for any year', () => {
    for (const [date, holiday] of known) expect(on(date), `${date} ${holiday}`).to.equal(true);
  });

  it('and no other days: 2025-04-27 (a Sunday), Christmas Eve, New Year\'s Eve, the Friday after Ascension, days next to Easter', () => {
    for (const date of ['2025-04-27', '2026-12-24', '2026-12-31', '2026-05-15', '2026-11-30', '2027-04-26', '2026-04-04', '2026-04-07', '2038-04-24', '2285-03-21']) {
      expect(on(date), date).to.equal(false);
    }
  });
});

describe('opening hours on public holidays', () => {
  const CHRISTMAS_10 = new Date('2026-12-25T10:00:00+01:00');
  // Summer time from 28 March 2027.
  const EASTER_MONDAY_9_30 = new Date('2027-03-29T09:30:00+02:00');
  const KINGS_DAY_10 = new Date('2027-04-27T10:00:00+02:00');
  const ASCENSION_16 = new Date('2027-05-06T16:00:00+02:00');
  const NEW_YEAR_10 = new Date('2027-01-01T10:00:00+01:00');

  it('a line with weekday hours and no holiday hours is not open on any of them, and says it may be closed', () => {
    for (const now of [CHRISTMAS_10, EASTER_MONDAY_9_30, KINGS_DAY_10, ASCENSION_16, NEW_YEAR_10]) {
      const state = openState(WEEKDAYS_9_TO_17, now);
      expect(state.open, now.toISOString()).to.equal(false);
      expect(state.holiday, now.toISOString()).to.equal(true);
      expect(openStateText(state, now, AMSTERDAM)).to.equal('Feestdag: misschien gesloten');
    }
    // The day after Easter Monday, as usual.
    expect(openState(WEEKDAYS_9_TO_17, new Date('2027-03-30T09:30:00+02:00')).open).to.equal(true);
  });

  it('in Amsterdam time from a device in another zone: Easter Monday 9.30 in Amsterdam is Sunday evening in Honolulu', () => {
    const state = openState(WEEKDAYS_9_TO_17, EASTER_MONDAY_9_30);
    expect(state.holiday).to.equal(true);
    expect(openStateText(state, EASTER_MONDAY_9_30, clockIn('Pacific/Honolulu'))).to.equal('Feestdag: misschien gesloten');
  });

  it('the evening before Christmas, on a device in Auckland (already Christmas morning there): opens on Monday, not on the holidays', () => {
    const now = new Date('2026-12-24T20:00:00+01:00');
    const state = openState(WEEKDAYS_9_TO_17, now);
    expect(state.open).to.equal(false);
    expect(state.holiday).to.equal(false);
    expect(time(state.opens)).to.equal('2026-12-28T08:00:00.000Z');
    expect(openStateText(state, now, clockIn('Pacific/Auckland'))).to.equal('Nu gesloten · opent maandag om 09:00 (Nederlandse tijd)');
  });

  it('outside its usual hours on a holiday the line is simply closed; at its opening time the text changes', () => {
    const early = new Date('2026-12-25T07:00:00+01:00');
    const state = openState(WEEKDAYS_9_TO_17, early);
    expect(state.holiday).to.equal(false);
    expect(time(state.opens)).to.equal('2026-12-28T08:00:00.000Z');
    expect(time(state.boundary), 'the text changes at 9.00').to.equal('2026-12-25T08:00:00.000Z');
  });

  it('partner hours can say the holidays: usual hours, closed, hours of their own, or closed dates', () => {
    const saturday = { openingHours: [{ days: ['sa'], opens: '10:00', closes: '23:00' }] } as const;
    // King's Day 2025: Saturday 26 April.
    const kingsDay = new Date('2025-04-26T12:00:00+02:00');
    expect(openState(saturday, kingsDay).holiday).to.equal(true);
    expect(openState({ ...saturday, holidayHours: 'usual' }, kingsDay).open).to.equal(true);
    const closed = openState({ ...saturday, holidayHours: 'closed' }, kingsDay);
    expect([closed.open, closed.holiday, time(closed.opens)]).to.deep.equal([false, false, '2025-05-03T08:00:00.000Z']);
    const own = { ...saturday, holidayHours: [{ opens: '14:00', closes: '18:00' }] } as const;
    expect(openState(own, kingsDay).open).to.equal(false);
    expect(time(openState(own, kingsDay).opens)).to.equal('2025-04-26T12:00:00.000Z');
    expect(openState(own, new Date('2025-04-26T15:00:00+02:00')).open).to.equal(true);
    const dated = { ...WEEKDAYS_9_TO_17, closedDates: ['2026-12-31'] };
    expect(openState(dated, new Date('2026-12-31T10:00:00+01:00')).open).to.equal(false);
    expect(openState(dated, new Date('2026-12-30T10:00:00+01:00')).open).to.equal(true);
  });

  it('a line its source calls "usually" reachable is never "Nu open"', () => {
    const state = openState({ ...WEEKDAYS_9_TO_17, usually: true }, MONDAY_10);
    expect(state.open).to.equal(true);
    expect(openStateText(state, MONDAY_10, AMSTERDAM)).to.equal('Nu meestal open');
  });
});

describe('widgets on public holidays, with a controlled clock', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  const days = {
    Christmas: new Date('2026-12-25T10:00:00+01:00'),
    'Easter Monday': new Date('2027-03-29T10:00:00+02:00'),
    "King's Day": new Date('2027-04-27T10:00:00+02:00'),
    'Ascension Day': new Date('2027-05-06T10:00:00+02:00'),
  };
  /** The call links of the "reachable now" line: 112 and Veilig Thuis. */
  const links = (reachable: Element) => [...reachable.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
  const DAY_AND_NIGHT = [
    ['tel:112', '112'],
    ['tel:08002000', '0800-2000'],
  ];

  for (const [day, now] of Object.entries(days)) {
    it(`${day}: <report-cta> does not call CoMensha open; it may be closed, and 112 and Veilig Thuis are one tap away`, async () => {
      clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
      const el = await rendered(await fixture<ReportCta>(html`<report-cta></report-cta>`));
      const advice = el.shadowRoot!.querySelector('[data-channel="advice"]')!;
      expect(shownText(advice.querySelector('[part="open-now"]')!)).to.equal('Feestdag: misschien gesloten');
      const reachable = advice.querySelector('[part="reachable"]')!;
      expect(shownText(reachable)).to.equal(NL_REACHABLE);
      expect(links(reachable)).to.deep.equal(DAY_AND_NIGHT);
    });
  }

  it("Christmas: the self-check's help names CoMensha's state and the day-and-night lines too", async () => {
    clock = sinon.useFakeTimers({ now: days.Christmas, toFake: ['Date'] });
    const el = await rendered(await fixture(html`<signal-checklist perspective="self"></signal-checklist>`));
    const help = el.shadowRoot!.querySelector('[part="help"]')!;
    expect(shownText(help.querySelector('[part="open-now"]')!)).to.equal('Feestdag: misschien gesloten');
    expect(links(help.querySelector('[part="reachable"]')!)).to.deep.equal(DAY_AND_NIGHT);
  });

  it('Christmas: <help-orgs> says CoMensha and the Veilig Thuis chat may be closed, with the day-and-night lines', async () => {
    clock = sinon.useFakeTimers({ now: days.Christmas, toFake: ['Date'] });
    const el = await rendered(await fixture<HelpOrgs>(html`<help-orgs></help-orgs>`));
    for (const org of ['comensha', 'veilig-thuis']) {
      const card = el.shadowRoot!.querySelector(`[data-org="${org}"]`)!;
      expect(shownText(card.querySelector('[part="open-now"]')!), org).to.equal('Feestdag: misschien gesloten');
      expect(links(card.querySelector('[part="reachable"]')!), org).to.deep.equal(DAY_AND_NIGHT);
    }
  });

  it('an ordinary Monday 10.00: CoMensha open, the Veilig Thuis chat only "usually", and no day-and-night line under an open one', async () => {
    clock = sinon.useFakeTimers({ now: MONDAY_10, toFake: ['Date'] });
    const el = await rendered(await fixture<HelpOrgs>(html`<help-orgs></help-orgs>`));
    const status = (org: string) => shownText(el.shadowRoot!.querySelector(`[data-org="${org}"] [part="open-now"]`)!);
    expect(status('comensha')).to.equal('Nu open');
    expect(status('veilig-thuis')).to.equal('Nu meestal open');
    expect(el.shadowRoot!.querySelector('[data-org="comensha"] [part="reachable"]')).to.equal(null);
  });
});

describe('open-now texts in every language, in every engine', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  /** Tuesday, as each language's translation writes it inside a sentence. */
  const TUESDAY: Record<string, string> = {
    nl: 'dinsdag',
    en: 'Tuesday',
    pl: 'wtorek',
    ro: 'marți',
    bg: 'вторник',
    uk: 'вівторок',
    vi: 'Thứ Ba',
    ar: 'الثلاثاء',
    fr: 'mardi',
    ti: 'ሰሉስ',
  };
  const ENGLISH_DAYS = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\b[AP]M\b/;
  const DUTCH_DAYS = /maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag/;

  for (const [lang, tuesday] of Object.entries(TUESDAY)) {
    it(`${lang}: the translated day and a 24-hour clock in Latin digits, whatever date data the browser has, never another language`, async () => {
      clock = sinon.useFakeTimers({ now: MONDAY_17, toFake: ['Date'] });
      const el = await rendered(await fixture<ReportCta>(html`<report-cta lang=${lang} channels="advice"></report-cta>`));
      await waitFor(() => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang') === lang);
      const text = shownText(el.shadowRoot!.querySelector('[part="open-now"]')!);
      expect(text).to.contain(tuesday).and.contain('09:00');
      if (lang !== 'en') expect(text).not.to.match(ENGLISH_DAYS);
      if (lang !== 'nl') expect(text).not.to.match(DUTCH_DAYS);
    });
  }
});
