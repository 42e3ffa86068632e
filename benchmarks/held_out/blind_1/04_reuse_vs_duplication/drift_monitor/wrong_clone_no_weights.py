# Misconception: clone_model copies the values too
# Expect: fail
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    snapshot = keras.models.clone_model(encoder)
    snapshot.name = "snapshot"
    snapshot.trainable = False
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
