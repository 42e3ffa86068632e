# Misconception: a copy in its own variables is a snapshot already
# Expect: fail
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
