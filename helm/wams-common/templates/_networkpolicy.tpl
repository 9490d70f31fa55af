{{/*
NetworkPolicy: deny everything except
  ingress  from the components in networkPolicy.allowedCallers (default: the gateway), from the ingress
           controller when this chart has an Ingress, from Prometheus (networkPeers.metricsScrapers),
           and networkPolicy.extraIngress — all on the service's http port only;
  egress   to DNS, PostgreSQL (database.port), Keycloak when the service validates tokens
           (usesKeycloak), the OpenTelemetry collector when tracing is on, the components in `calls`
           (pods of that component in the namespace, their http port: a contract says this service
           calls them), and networkPolicy.extraEgress.
A rule is rendered only with at least one peer: a rule without peers would allow every source.
*/}}
{{- define "wams-common.componentPeers" -}}
{{- $peers := list -}}
{{- range . -}}
{{- $peers = append $peers (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" . "app.kubernetes.io/part-of" "wams"))) -}}
{{- end -}}
{{- toYaml $peers -}}
{{- end -}}

{{- define "wams-common.networkPolicy" -}}
{{- if .Values.networkPolicy.enabled -}}
{{- $s := include "wams-common.settings" . | fromYaml -}}
{{- $peers := $s.networkPeers -}}
{{- $http := list (dict "port" "http" "protocol" "TCP") -}}
{{- $ingress := list -}}
{{- with .Values.networkPolicy.allowedCallers -}}
{{- $ingress = append $ingress (dict "from" (include "wams-common.componentPeers" . | fromYamlArray) "ports" $http) -}}
{{- end -}}
{{- if and (.Values.ingress | default dict).enabled $peers.ingressController.from -}}
{{- $ingress = append $ingress (dict "from" $peers.ingressController.from "ports" $http) -}}
{{- end -}}
{{- with $peers.metricsScrapers.from -}}
{{- $ingress = append $ingress (dict "from" . "ports" $http) -}}
{{- end -}}
{{- $ingress = concat $ingress .Values.networkPolicy.extraIngress -}}
{{- $egress := list (dict "to" $peers.dns.to "ports" $peers.dns.ports) -}}
{{- $egress = append $egress (dict "to" $peers.database.to "ports" (list (dict "port" (int $s.database.port) "protocol" "TCP"))) -}}
{{- if and .Values.usesKeycloak $peers.keycloak.to -}}
{{- $egress = append $egress (dict "to" $peers.keycloak.to "ports" $peers.keycloak.ports) -}}
{{- end -}}
{{- if and $s.tracing.endpoint $peers.otelCollector.to -}}
{{- $egress = append $egress (dict "to" $peers.otelCollector.to "ports" $peers.otelCollector.ports) -}}
{{- end -}}
{{- $called := list -}}
{{- range .Values.calls -}}
{{- $called = append $called .component -}}
{{- end -}}
{{- with $called | uniq -}}
{{- $egress = append $egress (dict "to" (include "wams-common.componentPeers" . | fromYamlArray) "ports" $http) -}}
{{- end -}}
{{- $egress = concat $egress .Values.networkPolicy.extraEgress -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "wams-common.fullname" . }}
  labels:
    {{- include "wams-common.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "wams-common.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  {{- if $ingress }}
  ingress:
    {{- toYaml $ingress | nindent 4 }}
  {{- else }}
  ingress: []
  {{- end }}
  egress:
    {{- toYaml $egress | nindent 4 }}
{{- end -}}
{{- end -}}
