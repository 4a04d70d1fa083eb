package org.branchcheck.generate;

import java.util.List;

/**
 * The words a synthetic district's records are written in: the four prescribed topics of
 * phase 1 (seed 002's "四加一") and units' own topics, study materials, forms of study, reasons
 * for exemption and essay titles. Cell values are Chinese, as a branch types them.
 */
final class StudyTexts {
  static final List<String> REQUIRED_TOPICS = List.of(
      "理想信念与党的宗旨", "党员先锋模范作用与党的执政能力建设",
      "求真务实与坚持科学发展观和正确政绩观", "党的优良传统和作风");
  static final List<String> OWN_TOPICS = List.of(
      "立足岗位创先争优，做好本职工作", "党员先锋岗与产品质量", "“战高温、抗缺电、送清凉”主题实践",
      "发挥党员作用，促进企业发展", "诚信经营与党员责任", "安全生产，党员带头", "“先锋形象”大讨论",
      "服务职工群众，构建和谐企业");
  static final String CONSTITUTION = "《党章》";
  static final List<String> MATERIALS = List.of(
      "《保持共产党员先进性教育读本》", "《中共中央关于加强党的执政能力建设的决定》",
      "胡锦涛同志在新时期保持共产党员先进性专题报告会上的讲话", "《江泽民论加强和改进执政党建设》");
  static final List<String> VIDEOS = List.of("党员电教片《牛玉儒》", "党员电教片《任长霞》");
  static final String VISIT = "参观浙江革命历史纪念馆";
  static final String SELF_STUDY_TOPIC = "自学《保持共产党员先进性教育读本》";
  static final String SELF_STUDY_MATERIAL = "《保持共产党员先进性教育读本》";
  static final String MAKEUP_TOPIC = "集中补课：补学缺课内容";

  /** Forms of collective study, in the order a branch's calendar cycles through them. */
  static final List<String> COLLECTIVE_FORMS = List.of("党课", "讨论", "电教", "集中学习", "参观", "讨论",
      "集中学习");
  static final String SELF_STUDY = "自学";

  static final List<String> EXEMPT_ACTIVE = List.of(
      "出国探亲（2005年7月至12月）", "企业改制，人员分流安置中", "企业破产，下岗待岗", "长期病休");
  static final List<String> EXEMPT_RETIRED = List.of("长期患病住院", "年老体弱，行动不便");
  static final String EXEMPT_MOBILE = "外出务工，长期联系不上";

  static final List<String> ESSAY_TITLES = List.of(
      "对照党章找差距，立足岗位作贡献", "学习先进性读本的体会", "重温入党誓词的思考", "学习牛玉儒同志事迹有感",
      "以实际行动践行“三个代表”", "在本职岗位上体现党员先进性", "永葆共产党员本色", "学习任长霞同志的体会",
      "做一名合格的共产党员", "先进性就在身边");
  static final List<String> LEADER_TITLES = List.of(
      "领导干部要在先进性教育中当好表率", "加强执政能力建设的几点思考", "坚持科学发展观，推动企业又快又好发展",
      "以先进性教育促进企业党建工作", "提高领导班子驾驭全局的能力");
  static final String NOTES_TITLE = "学习笔记";

  private StudyTexts() {}
}
