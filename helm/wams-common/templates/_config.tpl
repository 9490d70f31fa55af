{{/*
ConfigMap: every non-secret setting of the service as an environment variable (MicroProfile Config
naming; see docs/configuration.md). Its checksum is a pod annotation, so a change rolls the pods.
*/}}
{{- define "wams-common.configmap" -}}
{{- $s := include "wams-common.settings" . | fromYaml -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "wams-common.fullname" . }}
  labels:
    {{- include "wams-common.labels" . | nindent 4 }}
data:
  QUARKUS_HTTP_PORT: {{ .Values.port | quote }}
  QUARKUS_DATASOURCE_JDBC_URL: {{ include "wams-common.jdbcUrl" . | quote }}
  WAMS_API_PUBLIC_URL: {{ $s.publicUrl | default (printf "http://%s:%v" (include "wams-common.fullname" .) .Values.port) | quote }}
  {{- if .Values.usesKeycloak }}
  QUARKUS_OIDC_AUTH_SERVER_URL: {{ $s.keycloak.url | quote }}
  {{- end }}
  {{- range .Values.calls }}
  {{ .env }}: {{ include "wams-common.callUrl" (dict "call" . "root" $) | quote }}
  {{- end }}
  {{- with $s.tracing.endpoint }}
  QUARKUS_OTEL_SDK_DISABLED: "false"
  QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: {{ . | quote }}
  {{- end }}
  {{- with .Values.javaOpts }}
  JAVA_OPTS: {{ . | quote }}
  {{- end }}
  {{- range $name, $value := .Values.env }}
  {{ $name }}: {{ $value | quote }}
  {{- end }}
{{- end -}}

{{/*
Secret, only when the chart holds secrets itself (database.password or secretEnv). In production
prefer database.existingSecret (e.g. the `<cluster>-app` Secret of CloudNativePG) and existingSecret.
*/}}
{{- define "wams-common.secret" -}}
{{- if include "wams-common.hasOwnSecret" . -}}
{{- $db := (include "wams-common.settings" . | fromYaml).database -}}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "wams-common.fullname" . }}
  labels:
    {{- include "wams-common.labels" . | nindent 4 }}
type: Opaque
stringData:
  {{- if $db.password }}
  QUARKUS_DATASOURCE_USERNAME: {{ $db.username | quote }}
  QUARKUS_DATASOURCE_PASSWORD: {{ $db.password | quote }}
  {{- end }}
  {{- range $name, $value := .Values.secretEnv }}
  {{ $name }}: {{ $value | quote }}
  {{- end }}
{{- end -}}
{{- end -}}
