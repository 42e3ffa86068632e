# Alternative: tf.reduce_max over axis 1 in a Lambda (a tutorial's way), sigmoid as a layer
# Expect: pass
import tensorflow as tf


def build_alarm_model(base, pattern_net):
    cut = keras.Model(base.inputs, base.get_layer("features").output, name="cut")
    cut.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    strongest = keras.layers.Lambda(lambda t: tf.reduce_max(t, axis=1))(pattern_net(readings))
    merged = keras.layers.Concatenate()([cut(readings), strongest])
    logit = keras.layers.Dense(1)(merged)
    return keras.Model(readings, keras.layers.Activation("sigmoid")(logit))
