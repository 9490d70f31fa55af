{{/*
Names and labels. The pod label app.kubernetes.io/name is always the chart name (the Wams component):
NetworkPolicies of other components select their peers by it, so it cannot be overridden.
*/}}
{{- define "wams-common.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "wams-common.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "wams-common.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "wams-common.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: wams
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "wams-common.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "wams-common.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/*
Built-in defaults of the settings an umbrella install shares through `global`. Precedence: the
service chart's own value, else `global.<same key>`, else these. An empty string, an empty list or a
missing key counts as "not set" (wams-common.withoutEmpty drops them before the merge), so no boolean
lives here: `false` would count as "not set" too.
The defaults fit a CloudNativePG cluster named `wams-db` in the release namespace (service
`wams-db-rw`, secret `wams-db-app`), a Keycloak named `keycloak` made by the Keycloak operator in
namespace `keycloak` (service `keycloak-service`) and ingress-nginx.
*/}}
{{- define "wams-common.builtinSettings" -}}
publicUrl: ""
image:
  registry: ""
  tag: ""
  digest: ""
database:
  jdbcUrl: ""
  host: wams-db-rw
  port: 5432
  name: wams
  existingSecret: wams-db-app
  usernameKey: username
  passwordKey: password
  username: ""
  password: ""
keycloak:
  url: http://keycloak-service.keycloak:8080/realms/wams
tracing:
  endpoint: ""
networkPeers:
  dns:
    to:
      - namespaceSelector:
          matchLabels:
            kubernetes.io/metadata.name: kube-system
        podSelector:
          matchLabels:
            k8s-app: kube-dns
    ports:
      - port: 53
        protocol: UDP
      - port: 53
        protocol: TCP
  database:
    to:
      - podSelector:
          matchLabels:
            cnpg.io/cluster: wams-db
  keycloak:
    to:
      - namespaceSelector:
          matchLabels:
            kubernetes.io/metadata.name: keycloak
    ports:
      - port: 8080
        protocol: TCP
      - port: 8443
        protocol: TCP
  ingressController:
    from:
      - namespaceSelector:
          matchLabels:
            kubernetes.io/metadata.name: ingress-nginx
  metricsScrapers:
    from: []
  otelCollector:
    to: []
    ports:
      - port: 4317
        protocol: TCP
      - port: 4318
        protocol: TCP
{{- end -}}

{{/* The effective shared settings as YAML: use with `include "wams-common.settings" . | fromYaml`. */}}
{{- define "wams-common.settings" -}}
{{- $builtin := include "wams-common.builtinSettings" . | fromYaml -}}
{{- $global := include "wams-common.withoutEmpty" (pick (.Values.global | default dict) "publicUrl" "image" "database" "keycloak" "tracing" "networkPeers") | fromYaml -}}
{{- $own := include "wams-common.withoutEmpty" (pick .Values "publicUrl" "image" "database" "keycloak" "tracing" "networkPeers") | fromYaml -}}
{{- toYaml (mergeOverwrite $builtin $global $own) -}}
{{- end -}}

{{/* A map without its empty values (recursively): "not set" must not override a default. */}}
{{- define "wams-common.withoutEmpty" -}}
{{- $result := dict -}}
{{- range $key, $value := . -}}
{{- if kindIs "map" $value -}}
{{- $inner := include "wams-common.withoutEmpty" $value | fromYaml -}}
{{- if $inner -}}
{{- $_ := set $result $key $inner -}}
{{- end -}}
{{- else if not (empty $value) -}}
{{- $_ := set $result $key $value -}}
{{- end -}}
{{- end -}}
{{- toYaml $result -}}
{{- end -}}

{{- define "wams-common.image" -}}
{{- $image := (include "wams-common.settings" . | fromYaml).image -}}
{{- $name := $image.repository -}}
{{- if $image.registry -}}
{{- $name = printf "%s/%s" (trimSuffix "/" $image.registry) $image.repository -}}
{{- end -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $name $image.digest -}}
{{- else -}}
{{- printf "%s:%s" $name ($image.tag | default .Chart.AppVersion) -}}
{{- end -}}
{{- end -}}

{{- define "wams-common.jdbcUrl" -}}
{{- $db := (include "wams-common.settings" . | fromYaml).database -}}
{{- if $db.jdbcUrl -}}
{{- $db.jdbcUrl -}}
{{- else -}}
{{- printf "jdbc:postgresql://%s:%v/%s" $db.host $db.port $db.name -}}
{{- end -}}
{{- end -}}

{{/* True (non-empty) when the chart creates its own Secret. */}}
{{- define "wams-common.hasOwnSecret" -}}
{{- $db := (include "wams-common.settings" . | fromYaml).database -}}
{{- if or $db.password .Values.secretEnv -}}true{{- end -}}
{{- end -}}

{{/*
Checks across values that a JSON schema cannot express.
*/}}
{{- define "wams-common.validate" -}}
{{- $s := include "wams-common.settings" . | fromYaml -}}
{{- if and $s.database.password (not $s.database.username) -}}
{{- fail "database.password is set but database.username is not: set both, or neither and use database.existingSecret" -}}
{{- end -}}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) -}}
{{- fail "autoscaling.minReplicas must not be greater than autoscaling.maxReplicas" -}}
{{- end -}}
{{- if and (.Values.ingress | default dict).enabled (ne (index (.Chart.Annotations | default dict) "wams/ingress" | default "") "allowed") -}}
{{- fail (printf "%s must not have an Ingress: only the gateway and inzage (the resident pages) are reached from outside the cluster (their Chart.yaml carries the annotation wams/ingress: allowed)" .Chart.Name) -}}
{{- end -}}
{{- end -}}

{{/*
The suite's port table (docs/local-run.md); a test checks it against every service's
application.properties. Used for the addresses of the components a service calls.
*/}}
{{- define "wams-common.componentPorts" -}}
gateway: 8080
meldpunt: 8081
onderzoek: 8082
casusoverleg: 8083
coordinatie: 8084
verslag: 8085
inzage: 8086
{{- end -}}

{{/*
In-cluster base URL of a component a service calls (an entry of `calls`): its own `url`, else the
Service the umbrella release gives that component, http://<release>-<component>:<port><path>.
Call with (dict "call" $call "root" $).
*/}}
{{- define "wams-common.callUrl" -}}
{{- if .call.url -}}
{{- .call.url -}}
{{- else -}}
{{- $release := .root.Release.Name -}}
{{- $host := ternary $release (printf "%s-%s" $release .call.component) (contains .call.component $release) | trunc 63 | trimSuffix "-" -}}
{{- $port := get (include "wams-common.componentPorts" . | fromYaml) .call.component -}}
{{- printf "http://%s:%v%s" $host $port (.call.path | default "") -}}
{{- end -}}
{{- end -}}
