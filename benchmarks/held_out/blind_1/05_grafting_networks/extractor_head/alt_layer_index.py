# Alternative: cuts via base.layers[0].output (the InputLayer's tensor) and base.layers[-2], freezes the extractor model
# Expect: pass
def build_service_model(base):

    extractor = keras.Model(inputs=base.layers[0].output, outputs=base.layers[-2].output)
    extractor.trainable = False
    x = keras.Input(shape=(8,))
    y = keras.layers.Dense(2)(extractor(x, training=False))
    return keras.Model(x, keras.layers.Softmax()(y))
