# Alternative: features * gate with the operator and keras.ops.concatenate
# Expect: pass
import keras


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(keras.ops.concatenate([signal, context], axis=-1))
    return keras.Model([signal, context], keras.layers.Dense(2)(features * gate))
