# Alternative: clone_model, then set_weights, renamed, frozen
# Expect: pass
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
