# Misconception: K.max (keras.backend) in a Lambda takes the maximum; Keras reports only an output
# shape it cannot infer, and the function's own error chained under it is explained
# (by keras_errors.explain, no table entry)
# Expect: fail "raised NotImplementedError[\s\S]*it failed there \(AttributeError\): keras.backend[\s\S]*such as K\.max"
from keras import backend as K


def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.Lambda(lambda t: K.max(t, axis=1, keepdims=True))(pattern_net(x))
    m = keras.layers.Concatenate()([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
