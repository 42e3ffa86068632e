# Alternative: clone_model, values copied, wrapped in a functional Model of another name
# Expect: pass
def build_drift_monitor(encoder):
    clone = keras.models.clone_model(encoder)
    clone.set_weights(encoder.get_weights())
    entry = keras.Input(shape=(8,))
    snapshot = keras.Model(entry, clone(entry), name="frozen_copy")
    snapshot.trainable = False
    x = keras.Input(shape=(8,))
    live = encoder(x)
    past = snapshot(x)
    return keras.Model(inputs=x, outputs=keras.layers.subtract([live, past]))
