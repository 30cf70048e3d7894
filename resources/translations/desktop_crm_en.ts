<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="187" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="188" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="189" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="190" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="191" />
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="192" />
        <source>Revenue, 12 months</source>
        <translation>Revenue, 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="193" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="194" />
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="138" />
        <source>Tier set by hand</source>
        <translation>Tier set by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="158" />
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="86" />
        <source>Search name, city, phone, e-mail or pinyin (bjhl)…</source>
        <translation>Search name, city, phone, e-mail or pinyin (bjhl)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="90" />
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="92" />
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="95" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/customers/pane.py" line="114" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="29" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="42" />
        <source>Desktop CRM</source>
        <translation>Desktop CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="43" />
        <source>Find customer</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="48" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="200" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="201" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="202" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="203" />
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="204" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="210" />
        <source>Transactional</source>
        <translation>Transactional</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="211" />
        <source>Preferred supplier</source>
        <translation>Preferred supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="212" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="213" />
        <source>Strategic alliance</source>
        <translation>Strategic alliance</translation>
    </message>
</context>
</TS>