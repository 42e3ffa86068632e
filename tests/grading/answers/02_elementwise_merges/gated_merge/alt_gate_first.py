# Alternative: the gate computed first and written first (Multiply does not care about
# the order), activations as separate layers, other names.
# Expect: pass
def build_gated_model():
    signal = keras.Input((12,), name="signal")
    context = keras.Input((5,), name="context")
    gate = keras.layers.Activation("sigmoid")(keras.layers.Dense(8)(context))
    features = keras.layers.Activation("tanh")(keras.layers.Dense(8)(signal))
    gated = keras.layers.Multiply(name="gating")([gate, features])
    return keras.Model(inputs=[signal, context], outputs=keras.layers.Dense(1)(gated))
