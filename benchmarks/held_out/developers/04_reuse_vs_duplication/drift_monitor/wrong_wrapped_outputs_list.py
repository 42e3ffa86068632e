# Misconception: a model wrapped with keras.Model(clone.inputs, clone.outputs) returns a tensor (it returns a list)
# Expect: fail
def build_drift_monitor(encoder):
    clone = keras.models.clone_model(encoder)
    clone.set_weights(encoder.get_weights())
    snapshot = keras.Model(clone.inputs, clone.outputs, name="frozen_copy")
    snapshot.trainable = False
    x = keras.Input(shape=(8,))
    live = encoder(x)
    past = snapshot(x)
    return keras.Model(inputs=x, outputs=keras.layers.subtract([live, past]))
