package org.branchcheck.rules;

import java.util.List;

/**
 * Expressions beyond the shipped rule sets that exercise every overload closures support and
 * every error they must raise as CEL does. {@code fails}: the random facts must make this one
 * fail at least once (overflow, division by zero, a missing key, an index out of range, the
 * iteration budget, a conversion, a function's own failure); every case must also give a
 * value at least once.
 */
final class OperatorCases {
  private OperatorCases() {}

  record Case(String expression, boolean fails) {}

  static final List<Case> ALL = List.of(
      // int arithmetic: overflow and division by zero are errors
      fails("member.sessions_attended + member.collective_sessions_attended"),
      fails("member.sessions_attended - member.collective_sessions_attended"),
      fails("member.sessions_attended * member.collective_sessions_attended"),
      fails("member.sessions_attended / member.collective_sessions_attended"),
      fails("member.sessions_attended % member.collective_sessions_attended"),
      fails("-member.sessions_attended"),
      fails("member.sessions_attended / -1"),
      // double arithmetic: IEEE, never an error
      plain("member.hours.total + member.hours.collective * member.hours.self"),
      plain("member.hours.total / member.hours.collective - member.hours.self"),
      plain("-member.hours.total"),
      plain("params.min_hours - member.hours.total"),
      // string and list +
      plain("member.name + '·' + member.org"),
      plain("member.reviewers + [member.name] + member.essays.map(e, e.title)"),
      // ordering of ints, doubles (NaN, -0.0), strings, bools, and int against double
      plain("member.sessions_attended < member.collective_sessions_attended"),
      plain("member.sessions_attended <= 3000 && member.sessions_attended >= 40"),
      plain("member.sessions_attended > member.collective_sessions_attended"),
      plain("[member.hours.total < member.hours.collective, member.hours.total <= 0.0,"
          + " member.hours.total > member.hours.self, member.hours.total >= 40.0]"),
      plain("[member.hours.total < 0, member.hours.total <= member.sessions_attended,"
          + " member.hours.total > member.sessions_attended, member.hours.total >= 40]"),
      plain("[member.sessions_attended < member.hours.total, 0 <= member.hours.self,"
          + " member.sessions_attended > member.hours.total, 40 >= member.hours.total]"),
      plain("[member.name < member.org, member.name <= as_of, member.name > member.org,"
          + " member.name >= '2005-07-25']"),
      plain("[member.is_leader < member.can_write, member.is_leader <= member.exempt,"
          + " member.is_leader > member.can_write, member.is_leader >= member.exempt]"),
      // equality: numbers across types, NaN, lists and maps element by element
      plain("member.hours.total == member.hours.collective"),
      plain("member.hours.total != member.hours.self || member.name != member.org"),
      plain("member.essays == member.essays && member.hours == member.hours"),
      plain("member.essays.map(e, e.count_gap) == member.essays.map(e, e.count_gap)"),
      plain("member.hours.by_form == {'a': 1.0} || member.hours.by_form == {}"),
      plain("member.missed.filter(m, m.made_up) == member.missed"),
      plain("[member.sessions_attended, member.hours.total]"
          + " == [member.hours.total, member.sessions_attended]"),
      fails("member.extra == member.essays[0].extra"),
      // in: lists (Java equality first, then CEL's for numbers) and maps
      plain("member.name in member.reviewers"),
      plain("member.hours.total in member.essays.map(e, e.count_gap)"),
      plain("member.sessions_attended in [0, 1, 2, 3]"),
      plain("member.sessions_attended in [1.0, 'a', 0.0, 40.0]"),
      plain("member.name in member.extra || 1 in {1: 'a'}"),
      plain("member.hours.total in [0.0, 40.0, member.hours.self]"),
      // indexing: out of range, beyond int, missing keys
      fails("member.essays[member.sessions_attended].title"),
      fails("member.reviewers[0]"),
      fails("member.extra[member.name]"),
      fails("{'a': 1, 'b': 2, '张三': 3}[member.name]"),
      fails("member.hours.by_form[member.name] > 1.0"),
      fails("member.missed[member.sessions_attended - 1].made_up"),
      // size counts code points; has() asks a map
      plain("size(member.name) + member.name.size()"),
      plain("size(member.extra) + size(member.reviewers) + member.essays.size()"),
      plain("has(member.hours.by_form.a) || has(member.extra.quarter)"),
      plain("has(member.hours) && has(member.essays)"),
      // && and || absorb an error when the other side decides; else the left error wins
      fails("member.extra[member.name] == 'a' && member.is_leader"),
      fails("member.is_leader || member.extra[member.name] == 'a'"),
      fails("member.extra[member.name] == 'a' || member.essays[0].counted"),
      fails("member.sessions_attended / member.collective_sessions_attended > 0"
          + " || member.is_leader"),
      plain("member.is_leader && member.can_write || !member.exempt"),
      fails("member.is_leader ? member.name : member.extra[member.name]"),
      fails("member.is_leader ? 1 : member.sessions_attended / 0"),
      // comprehensions: errors held by the accumulator, absorbed or raised
      fails("member.essays.all(e, e.extra[member.name] != '')"),
      fails("member.essays.exists(e, 10 / e.chars > 1)"),
      fails("member.essays.exists_one(e, e.chars / member.sessions_attended > 0)"),
      fails("member.essays.filter(e, e.extra[e.title] != '').size()"),
      fails("member.essays.map(e, e.chars * 2)"),
      plain("member.extra.all(k, k != member.name)"),
      plain("member.extra.map(k, member.extra[k] + k)"),
      plain("member.hours.by_form.exists(k, member.hours.by_form[k] > member.hours.total)"),
      plain("member.essays.all(e, member.essays.exists(e, e.chars > 0))"),
      plain("member.essays.map(e, e.similar.filter(s, s.similarity > 50).map(s, s.name))"),
      fails("[1, 2, 3].map(x, x * member.sessions_attended)"),
      // the iteration budget (30 in this test): exceeded, or absorbed by a false
      fails("member.essays.all(e, member.essays.all(f, member.reviewers.all(r, r != f.title)))"),
      fails("member.essays.exists(e, member.missed.exists(m,"
          + " member.reviewers.exists(r, r == m.session + e.title)))"),
      fails("member.essays.all(e, e.similar.size() > 0 && e.similar.all(s,"
          + " member.reviewers.all(r, member.missed.all(m, r != s.name + m.date))))"),
      // strings and conversions
      plain("[member.name.contains(member.org), member.name.startsWith(as_of),"
          + " member.name.endsWith('字')]"),
      plain("string(member.sessions_attended) + string(member.hours.total)"
          + " + string(member.is_leader) + string(member.name)"),
      fails("int(member.hours.total)"),
      fails("int(member.name)"),
      fails("double(member.name)"),
      plain("double(member.sessions_attended) + double(member.hours.total)"),
      plain("int(member.sessions_attended)"),
      plain("member.reviewers.join() + member.reviewers.join('、')"),
      plain("member.name.lowerAscii() + member.name.upperAscii()"),
      fails("member.name.substring(1)"),
      fails("member.name.substring(member.sessions_attended, 2)"),
      plain("member.name.substring(0, member.name.size())"),
      // the project's own functions, failures included
      fails("share_at_least(member.hours.collective, member.hours.total,"
          + " params.collective_share)"),
      fails("share_gap(member.hours.collective, member.hours.total, params.collective_share)"),
      fails("percent(member.hours.collective, member.hours.total)"),
      fails("sum(member.essays.map(e, e.chars))"),
      fails("sum(member.essays.map(e, e.count_gap))"),
      plain("earlier(member.joined_on, member.transferred_in_on) + later(member.name, as_of)"),
      fails("missing_periods([member.joined_on, member.transferred_in_on], 'quarter',"
          + " '2005-01-01', as_of)"),
      fails("missing_periods([], member.name, '2005-01-01', '2005-12-31')"),
      // map literals: a key twice is an error
      fails("{member.name: 1, member.org: 2}.size()"),
      plain("{'a': member.sessions_attended, 'b': 2}['a']"),
      // organisation facts
      fails("org.temp_units.exists(t, t.kind == {'committee': 'temp_branch',"
          + " 'branch': 'temp_group'}[org.kind])"),
      plain("org.plan.items.all(i, i.date != '' && i.text != '')"));

  private static Case fails(String expression) {
    return new Case(expression, true);
  }

  private static Case plain(String expression) {
    return new Case(expression, false);
  }
}
