package org.branchcheck.io;

import org.branchcheck.model.Essay;
import org.branchcheck.model.EssayKind;
import org.branchcheck.model.Member;
import org.branchcheck.model.MemberStatus;
import org.branchcheck.model.Role;
import org.branchcheck.model.SessionKind;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.StudySession;

/**
 * How the large tables' records are kept in a {@link RecordArena}: every field, in a fixed order.
 * Fields whose values repeat across a district (organisations, kinds, topics, titles, reviewers)
 * are numbered; ids and names are written out.
 */
final class RecordCodecs {
  private static final Role[] ROLES = Role.values();
  private static final MemberStatus[] MEMBER_STATUSES = MemberStatus.values();
  private static final SessionKind[] SESSION_KINDS = SessionKind.values();
  private static final EssayKind[] ESSAY_KINDS = EssayKind.values();

  private RecordCodecs() {}

  static final RecordArena.Codec<Member> MEMBER = new RecordArena.Codec<>() {
    @Override
    public void write(Member m, RecordBytes.Out out) {
      out.id(m.id());
      out.text(m.name());
      out.repeated(m.org());
      out.ordinal(m.role());
      out.ordinal(m.status());
      out.date(m.joinedOn());
      out.date(m.transferredInOn());
      out.bool(m.newMember());
      out.bool(m.canWrite());
      out.repeated(m.exemptReason());
      out.extra(m.extra());
    }

    @Override
    public Member read(RecordBytes.In in, SourceLocation at) {
      return new Member(in.id(), in.text(), in.repeated(), in.ordinal(ROLES),
          in.ordinal(MEMBER_STATUSES), in.date(), in.date(), in.bool(), in.bool(),
          in.repeated(), in.extra(), at);
    }
  };

  static final RecordArena.Codec<StudySession> SESSION = new RecordArena.Codec<>() {
    @Override
    public void write(StudySession s, RecordBytes.Out out) {
      out.id(s.id());
      out.repeated(s.org());
      out.date(s.date());
      out.ordinal(s.kind());
      out.number(s.hoursCenti());
      out.repeated(s.topic());
      out.repeated(s.material());
      out.extra(s.extra());
    }

    @Override
    public StudySession read(RecordBytes.In in, SourceLocation at) {
      return new StudySession(in.id(), in.repeated(), in.date(), in.ordinal(SESSION_KINDS),
          in.number(), in.repeated(), in.repeated(), in.extra(), at);
    }
  };

  /** Essays without their text: an essay whose text was read is kept whole, not here. */
  static final RecordArena.Codec<Essay> ESSAY = new RecordArena.Codec<>() {
    @Override
    public void write(Essay e, RecordBytes.Out out) {
      out.id(e.id());
      out.id(e.member());
      out.ordinal(e.kind());
      out.repeated(e.title());
      out.date(e.date());
      out.number(e.chars() == null ? null : (long) e.chars());
      out.repeated(e.file());
      out.repeated(e.reviewedBy());
      out.date(e.reviewedOn());
      out.extra(e.extra());
    }

    @Override
    public Essay read(RecordBytes.In in, SourceLocation at) {
      String id = in.id();
      String member = in.id();
      EssayKind kind = in.ordinal(ESSAY_KINDS);
      String title = in.repeated();
      java.time.LocalDate date = in.date();
      Long chars = in.number();
      return new Essay(id, member, kind, title, date, chars == null ? null : chars.intValue(),
          in.repeated(), null, in.repeated(), in.date(), in.extra(), at);
    }
  };
}
