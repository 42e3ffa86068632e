# Misconception: K.max with keepdims=True keeps the shapes compatible
# Expect: fail
from keras import backend as K


def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.Lambda(lambda t: K.max(t, axis=1, keepdims=True))(pattern_net(x))
    m = keras.layers.Concatenate()([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
