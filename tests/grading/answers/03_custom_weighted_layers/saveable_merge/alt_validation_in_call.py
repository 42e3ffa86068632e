# Alternative: the shapes checked in call(), on the tensors themselves; a config built
# with dict.update.
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        shapes = [tuple(tensor.shape) for tensor in inputs]
        if any(shape != shapes[0] for shape in shapes):
            raise ValueError(f"all inputs must have one shape, received {shapes}")
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        config = super().get_config()
        config.update(temperature=self.temperature)
        return config


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
