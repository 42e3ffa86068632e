# Misconception: an exact copy is enough; it need not be frozen (training moves it too).
# Expect: fail "the snapshot is not frozen"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
