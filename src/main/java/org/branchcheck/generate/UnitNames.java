package org.branchcheck.generate;

import java.util.List;

/**
 * Names of a synthetic district's places and enterprises. Enterprise names are unique within a
 * district (a unit's name appears in every report line about it, so two alike would confuse a
 * reader): the n-th enterprise takes the n-th combination of a trade name, a trade and a form.
 */
final class UnitNames {
  static final String DISTRICT = "云溪区";

  private static final List<String> STREETS = List.of(
      "东湖", "西溪", "南岸", "北塘", "长河", "浦沿", "西兴", "江南", "滨湖", "白马", "青山", "柳桥",
      "临江", "新塘", "明月", "凤凰", "石桥", "梅园", "望江", "双溪");
  private static final List<String> TRADE_NAMES = List.of(
      "华澜", "汇科", "康瑞", "博远", "星耀", "东信", "中恒", "新和", "宏达", "天成", "金桥", "银河",
      "明珠", "瑞丰", "正泰", "海川", "立信", "永安", "通达", "信诚", "鼎盛", "同创", "嘉禾", "远航",
      "恒升", "润泽", "安泰", "利民", "兴业", "富春", "钱塘", "之江", "聚源", "德胜", "华信", "国祥",
      "万联", "广厦", "联创", "启明", "卓越", "凯达", "宇通", "精诚", "志成",
      "晨光", "朝阳", "春晖", "绿源", "蓝天", "青松", "红星", "金鹰", "银杏", "紫荆", "翠微", "泰和",
      "丰收", "盛世", "和美", "锦程", "华夏", "东方", "南方", "北辰", "西部", "中天", "九州", "四海",
      "三友", "双赢", "百益", "千禧", "万通", "亿达", "合力", "众成", "长城", "黄河", "泰山", "昆仑");
  private static final List<String> TRADES = List.of(
      "电子", "软件", "通信", "机械", "化工", "医药", "生物", "物流", "建设", "食品", "纺织", "服饰",
      "电器", "光电", "网络", "信息", "能源", "新材料", "汽车部件", "印务", "家具", "环保", "仪器",
      "精密", "模具", "塑业", "包装", "实业", "置业", "贸易", "酒店", "传媒", "文化", "咨询", "工程",
      "照明", "电缆", "轴承", "制药", "数码");
  private static final List<String> FORMS = List.of("有限公司", "股份有限公司", "科技有限公司");
  private static final List<String> BUILDINGS = List.of(
      "大厦", "广场", "国际中心", "科技园", "创业园", "商务楼");
  private static final List<String> DEPARTMENTS = List.of(
      "研发", "生产", "营销", "综合", "财务", "后勤", "质检", "工程", "离退休");

  private UnitNames() {}

  /** The n-th general branch, by street: 东湖街道第1片区企业党总支. */
  static String generalBranch(int n) {
    return STREETS.get(n % STREETS.size()) + "街道第" + (n / STREETS.size() + 1) + "片区企业党总支";
  }

  /** The n-th enterprise's name: unique over every combination (9,720), then with a street. */
  static String enterprise(int n) {
    int combos = TRADE_NAMES.size() * TRADES.size() * FORMS.size();
    // A stride coprime with the count scatters consecutive units over trade names and trades.
    int k = (int) ((n % combos) * 7919L % combos);
    String name = TRADE_NAMES.get(k % TRADE_NAMES.size())
        + TRADES.get(k / TRADE_NAMES.size() % TRADES.size())
        + FORMS.get(k / (TRADE_NAMES.size() * TRADES.size()));
    return n < combos ? name : STREETS.get(n / combos % STREETS.size()) + name;
  }

  /** The n-th office building, home of a joint branch of the small firms in it. */
  static String building(int n) {
    int perStreet = STREETS.size() * BUILDINGS.size();
    return STREETS.get(n / BUILDINGS.size() % STREETS.size())
        + TRADE_NAMES.get(n % TRADE_NAMES.size()) + BUILDINGS.get(n % BUILDINGS.size())
        + (n < perStreet ? "" : n / perStreet + 1 + "号楼");
  }

  /** A department branch of a larger enterprise. */
  static String department(int i) {
    int n = DEPARTMENTS.size();
    return DEPARTMENTS.get(i % n) + (i < n ? "" : "第" + (i / n + 1));
  }
}
