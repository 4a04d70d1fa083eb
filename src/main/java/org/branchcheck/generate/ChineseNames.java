package org.branchcheck.generate;

import java.util.SplittableRandom;

/**
 * People's names for a synthetic district: a surname from the common ones (the commonest drawn
 * most often, as in a real roster) and a given name of one or two characters. Names repeat in a
 * large district, as they do in life; records are told apart by id.
 */
final class ChineseNames {
  /** Roughly in order of frequency. */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
          + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
          + "毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰建国文辉力飞鹏斌宇浩凯梅琳雪晨欣"
          + "怡婷颖佳慧俊峰志海波宁松林云燕玲晓东春丹亮成德荣新金龙瑞雯琪晶鑫磊彬蕾倩宏斌振宏卫民"
          + "立群永庆长青学良丽君建华红梅小平国强秋菊立新春生德明玉兰桂芳志强";

  private ChineseNames() {}

  static String person(SplittableRandom random) {
    // Squaring a uniform draw favours the front of the list: 王, 李 and 张 come up most.
    double u = random.nextDouble();
    char surname = SURNAMES.charAt((int) (u * u * SURNAMES.length()));
    StringBuilder name = new StringBuilder(3).append(surname);
    name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    if (random.nextInt(100) < 65) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
