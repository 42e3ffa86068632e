# Alternative: a subclassed Model holding the extractor and the head
# Expect: pass
class ServiceModel(keras.Model):
    def __init__(self, extractor, **kwargs):
        super().__init__(**kwargs)
        self.extractor = extractor
        self.head = keras.layers.Dense(2, activation="softmax")

    def call(self, x, training=None):
        return self.head(self.extractor(x, training=False))


def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    model = ServiceModel(extractor)
    outputs = model(inputs)
    return keras.Model(inputs, outputs)
