# Alternative: the maximum over the 5 positions written with keras.ops.max in a Lambda
# layer; the base's own graph used from its input; a separate sigmoid Activation.
# Expect: pass
def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    features = base.get_layer("features").output
    readings = base.inputs[0]
    strongest = keras.layers.Lambda(lambda t: keras.ops.max(t, axis=1))(pattern_net(readings))
    logit = keras.layers.Dense(1)(keras.layers.Concatenate()([features, strongest]))
    return keras.Model(readings, keras.layers.Activation("sigmoid")(logit))
