# Alternative: copy.deepcopy of the encoder (in Keras 3 a deep copy has variables of its own with the same values), renamed and frozen
# Expect: pass
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    import copy
    snapshot = copy.deepcopy(encoder)
    snapshot.name = "snapshot"
    snapshot.trainable = False
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
