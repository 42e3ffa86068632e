# Misconception: clone_model copies the model, values included (it draws fresh ones).
# Expect: fail "clone_model \(like from_config\) repeats the architecture with fresh values"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
