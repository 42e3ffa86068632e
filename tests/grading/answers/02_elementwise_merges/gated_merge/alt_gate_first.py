# Alternative: the gate computed first and written first (Multiply does not care about
# the order), activations as separate layers, other names.
# Expect: pass
def build_gated_model():
    signal = keras.Input((20,), name="signal")
    context = keras.Input((4,), name="context")
    both = keras.layers.Concatenate(axis=-1, name="signal_and_context")([signal, context])
    gate = keras.layers.Activation("sigmoid")(keras.layers.Dense(6)(both))
    features = keras.layers.Activation("tanh")(keras.layers.Dense(6)(signal))
    gated = keras.layers.Multiply(name="gating")([gate, features])
    return keras.Model(inputs=[signal, context], outputs=keras.layers.Dense(2)(gated))
