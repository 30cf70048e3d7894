<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="187" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="188" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="189" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="190" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="191" />
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="192" />
        <source>Revenue, 12 months</source>
        <translation>近12个月收入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="193" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="194" />
        <source>Follow-up due</source>
        <translation>回访到期</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="138" />
        <source>Tier set by hand</source>
        <translation>手动设定的等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="158" />
        <source>now</source>
        <translation>立即</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="86" />
        <source>Search name, city, phone, e-mail or pinyin (bjhl)…</source>
        <translation>搜索名称、城市、电话、邮箱或拼音（如 bjhl）…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="90" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="92" />
        <source>Tier %1</source>
        <translation>%1类客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="95" />
        <source>Overdue only</source>
        <translation>仅看逾期回访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/customers/pane.py" line="114" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n 个客户</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="29" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n 个客户</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="42" />
        <source>Desktop CRM</source>
        <translation>桌面客户管理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="43" />
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="48" />
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="200" />
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="201" />
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="202" />
        <source>Active</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="203" />
        <source>Dormant</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="204" />
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="210" />
        <source>Transactional</source>
        <translation>买卖关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="211" />
        <source>Preferred supplier</source>
        <translation>供应关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="212" />
        <source>Partner</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="213" />
        <source>Strategic alliance</source>
        <translation>战略联盟</translation>
    </message>
</context>
</TS>