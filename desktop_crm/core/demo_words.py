"""Vocabulary for realistic bilingual demo data: real cities with their coordinates."""

from __future__ import annotations

# zh name, en name, province, latitude, longitude, area code, weight (East China is "home")
CITIES: tuple[tuple[str, str, str, float, float, str, int], ...] = (
    ("上海", "Shanghai", "上海市", 31.2304, 121.4737, "21", 14),
    ("杭州", "Hangzhou", "浙江省", 30.2741, 120.1551, "571", 8),
    ("苏州", "Suzhou", "江苏省", 31.2990, 120.5853, "512", 8),
    ("南京", "Nanjing", "江苏省", 32.0603, 118.7969, "25", 7),
    ("宁波", "Ningbo", "浙江省", 29.8683, 121.5440, "574", 5),
    ("合肥", "Hefei", "安徽省", 31.8206, 117.2272, "551", 4),
    ("北京", "Beijing", "北京市", 39.9042, 116.4074, "10", 8),
    ("天津", "Tianjin", "天津市", 39.3434, 117.3616, "22", 3),
    ("广州", "Guangzhou", "广东省", 23.1291, 113.2644, "20", 6),
    ("深圳", "Shenzhen", "广东省", 22.5431, 114.0579, "755", 6),
    ("成都", "Chengdu", "四川省", 30.5728, 104.0668, "28", 4),
    ("重庆", "Chongqing", "重庆市", 29.5630, 106.5516, "23", 3),
    ("武汉", "Wuhan", "湖北省", 30.5928, 114.3055, "27", 4),
    ("西安", "Xi'an", "陕西省", 34.3416, 108.9398, "29", 3),
    ("青岛", "Qingdao", "山东省", 36.0671, 120.3826, "532", 3),
    ("济南", "Jinan", "山东省", 36.6512, 117.1201, "531", 2),
    ("厦门", "Xiamen", "福建省", 24.4798, 118.0894, "592", 2),
    ("长沙", "Changsha", "湖南省", 28.2282, 112.9388, "731", 2),
    ("郑州", "Zhengzhou", "河南省", 34.7466, 113.6254, "371", 2),
    ("沈阳", "Shenyang", "辽宁省", 41.8057, 123.4315, "24", 2),
)

BRAND_FIRST = "华东长恒金新天宏永瑞鑫博嘉和中百同远海安信鸿广万泰盛兴富明德"
BRAND_SECOND = "联方城通鼎华成达盛丰源远禾泰兴润创航天信运业辉胜宇科光星洲力"
INDUSTRIES_ZH = (
    "商贸", "科技", "机械", "电子", "食品", "医药", "化工", "建材", "物流", "纺织",
    "家具", "汽配", "五金", "环保", "包装", "印刷", "农业", "服饰", "仪器", "软件",
)  # fmt: skip
ZH_SUFFIXES = ("有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司")

EN_FIRST = (
    "Harbor", "Summit", "Bluewater", "Pacific", "Evergreen", "Northstar", "Silverline",
    "Redwood", "Atlas", "Pioneer", "Crescent", "Orion", "Keystone", "Lakeside", "Sterling",
    "Meridian", "Horizon", "Cedar", "Granite", "Beacon",
)  # fmt: skip
INDUSTRIES_EN = (
    "Trading", "Technology", "Machinery", "Electronics", "Foods", "Medical", "Chemicals",
    "Materials", "Logistics", "Textiles", "Furniture", "Auto Parts", "Hardware",
    "Environmental", "Packaging", "Printing", "Agritech", "Apparel", "Instruments", "Software",
)  # fmt: skip
EN_SUFFIXES = ("Co., Ltd.", "Ltd.", "Inc.", "GmbH", "Pte. Ltd.")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧"
GIVEN = (
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀英", "华", "平", "刚", "桂英", "建华", "志强", "晓明", "海燕", "丹", "鹏",
    "婷", "浩", "子轩", "雨桐",
)  # fmt: skip
EN_GIVEN = (
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Daniel",
    "Emily", "Thomas", "Laura", "Peter", "Anna", "Mark", "Julia", "Paul", "Sarah", "Kevin",
    "Grace", "Oliver", "Sophie", "Lukas", "Hannah",
)  # fmt: skip
EN_FAMILY = (
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Walker",
    "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
    "Müller", "Schmidt", "Tan", "Lim", "Wong", "Chan",
)  # fmt: skip
TITLES_ZH = (
    "总经理",
    "采购经理",
    "技术总监",
    "财务主管",
    "销售经理",
    "项目经理",
    "采购专员",
    "厂长",
    "董事长",
    "行政主管",
)
TITLES_EN = (
    "General Manager", "Purchasing Manager", "CTO", "Finance Lead", "Sales Manager",
    "Project Manager", "Buyer", "Plant Manager", "Chairman", "Office Manager",
)  # fmt: skip
PRODUCTS_ZH = (
    "数控机床",
    "工业传感器",
    "包装设备",
    "伺服电机",
    "液压泵",
    "PLC控制器",
    "不锈钢阀门",
    "激光切割机",
)
PRODUCTS_EN = (
    "CNC lathes", "industrial sensors", "packaging lines", "servo motors", "hydraulic pumps",
    "PLC controllers", "stainless valves", "laser cutters",
)  # fmt: skip
MOBILE_PREFIXES = ("138", "139", "136", "137", "135", "150", "151", "158", "159", "186", "187", "188", "189", "180", "181", "177", "130", "131", "155", "185", "133", "153")  # fmt: skip

# Subjects per entry kind; {p} is a product.
SUBJECTS = {
    "zh": {
        "call": ("电话沟通{p}需求", "电话回访{p}使用情况", "电话确认{p}交货时间"),
        "email": ("发送{p}报价单", "邮件确认{p}技术参数", "寄送{p}产品目录"),
        "message": ("微信确认{p}到货", "微信发送{p}安装视频"),
        "meeting": ("{p}技术交流会", "年度采购计划会议"),
        "complaint": ("投诉：{p}交货延迟", "投诉：{p}噪音偏大"),
        "service_request": ("售后：{p}维修申请", "售后：{p}备件需求"),
        "note": ("备注：客户计划扩建产线", "备注：采购负责人变更"),
        "visit": ("拜访：介绍{p}新型号", "拜访：{p}试用反馈"),
    },
    "en": {
        "call": ("Call about {p} needs", "Follow-up call on {p}", "Call to confirm {p} delivery"),
        "email": ("Sent {p} quotation", "E-mail on {p} specifications", "Sent {p} catalogue"),
        "message": ("WeChat: {p} arrived", "WeChat: {p} installation video"),
        "meeting": ("{p} technical workshop", "Annual purchasing review"),
        "complaint": ("Complaint: late {p} delivery", "Complaint: {p} too noisy"),
        "service_request": ("Service: {p} repair", "Service: {p} spare parts"),
        "note": ("Note: plans a second production line", "Note: new purchasing lead"),
        "visit": ("Visit: new {p} models", "Visit: {p} trial feedback"),
    },
}
OUTCOMES = {
    "zh": ("客户有意向，等待报价确认", "已签订试用协议", "需求推迟到下季度", "达成年度框架协议"),
    "en": ("Interested, waiting for quote approval", "Trial agreement signed", "Need postponed to next quarter", "Annual framework agreed"),
}  # fmt: skip
NEXT_STEPS = {
    "zh": ("三天内发送正式报价", "安排技术人员上门调试", "下月再次拜访采购经理"),
    "en": ("Send the formal quote within three days", "Send an engineer for commissioning", "Visit the purchasing manager again next month"),
}  # fmt: skip

# The first customers of every demo, so the README's examples find something whatever the seed:
# name, index in CITIES, language, web domain.
SHOWCASE = (
    ("北京华联商贸有限公司", 6, "zh", "bj-hualian.com.cn"),
    ("上海华联电子科技有限公司", 0, "zh", "sh-hualian.com.cn"),
    ("杭州恒通机械股份有限公司", 1, "zh", "hengtong-jixie.com.cn"),
    ("Harbor Logistics (Shanghai) Co., Ltd.", 0, "en", "harbor-logistics.com"),
)
