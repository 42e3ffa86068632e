# Misconception: copying the first layer's values is enough (the second keeps fresh ones).
# Expect: fail "only part of the values were copied"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.layers[0].set_weights(encoder.layers[0].get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
