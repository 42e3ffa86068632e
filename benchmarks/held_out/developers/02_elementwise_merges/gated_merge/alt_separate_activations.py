# Alternative: linear Dense layers followed by Activation layers
# Expect: pass
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Activation("tanh")(keras.layers.Dense(6)(signal))
    gate = keras.layers.Dense(6)(keras.layers.Concatenate(axis=-1)([signal, context]))
    gate = keras.layers.Activation(keras.activations.sigmoid)(gate)
    return keras.Model([signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([features, gate])))
