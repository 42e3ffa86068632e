# Alternative: the clone wrapped in a functional model of another name (lesson 5's way),
# values assigned variable by variable.
# Expect: pass
def build_drift_monitor(encoder):
    clone = keras.models.clone_model(encoder)
    for mine, theirs in zip(clone.weights, encoder.weights, strict=True):
        mine.assign(theirs)
    start = keras.Input(shape=(8,))
    snapshot = keras.Model(start, clone(start), name="frozen_start")
    snapshot.trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Subtract()([encoder(x), snapshot(x)]))
