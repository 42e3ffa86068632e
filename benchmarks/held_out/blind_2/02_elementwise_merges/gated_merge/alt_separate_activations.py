# Alternative: linear Dense layers followed by Activation layers, lowercase merge helpers
# Expect: pass
import keras
from keras import layers


def build_gated_model():
    signal = keras.Input(shape=(20,), name="signal")
    context = keras.Input(shape=(4,), name="context")
    features = layers.Activation("tanh")(layers.Dense(6)(signal))
    gate = layers.Activation("sigmoid")(layers.Dense(6)(layers.concatenate([signal, context])))
    gated = layers.multiply([features, gate])
    return keras.Model(inputs=[signal, context], outputs=layers.Dense(2)(gated))
