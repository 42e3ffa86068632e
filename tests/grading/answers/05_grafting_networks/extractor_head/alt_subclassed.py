# Alternative: a subclassed model that holds the frozen extractor and the head.
# Expect: pass
class ServiceModel(keras.Model):
    def __init__(self, extractor):
        super().__init__()
        self.extractor = extractor
        self.head = keras.layers.Dense(2, activation="softmax")

    def call(self, readings, training=None):
        return self.head(self.extractor(readings, training=False))


def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    model = ServiceModel(extractor)
    model(np.zeros((1, 8), "float32"))  # build it
    return model
