# Alternative: the average over the 6 positions written with keras.ops.mean in a Lambda
# layer; the base's own graph used from its input; a separate sigmoid Activation.
# Expect: pass
def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    features = base.get_layer("features").output
    readings = base.inputs[0]
    averaged = keras.layers.Lambda(lambda t: keras.ops.mean(t, axis=1))(pattern_net(readings))
    logit = keras.layers.Dense(1)(keras.layers.Concatenate()([features, averaged]))
    return keras.Model(readings, keras.layers.Activation("sigmoid")(logit))
