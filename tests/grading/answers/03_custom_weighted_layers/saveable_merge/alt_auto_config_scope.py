# Alternative: no get_config at all (Keras 3 records plain arguments itself), shapes checked
# in call(), and the class made known to the loader with custom_object_scope.
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
            raise ValueError(f"WeightedMerge: inputs of different shapes {shapes}")
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))


def load_merge_model(path):
    with keras.saving.custom_object_scope({"WeightedMerge": WeightedMerge}):
        return keras.saving.load_model(path)
