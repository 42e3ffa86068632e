# Misconception: freezing the Dense layers is enough; BatchNormalization has nothing to train
# Expect: fail
def build_service_model(base):

    extractor = keras.Model(base.input, base.get_layer("features").output)
    for name in ("hidden", "features"):
        base.get_layer(name).trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="softmax")(extractor(x, training=False)))
